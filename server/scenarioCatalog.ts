import { summarizeScenario } from '../scenarios/format/summarizeScenario.js';
import type { Scenario } from '../scenarios/format/schema.js';
import type { ScenarioSummary } from '../protocol/views.js';
import { checkScenarioFile, libraryFiles } from './scenarioFiles.js';

export interface ScenarioCatalog {
  get(id: string): Scenario | undefined;
  list(): ScenarioSummary[];
  /** Files that were not offered, and why. */
  rejected: { file: string; problems: string[] }[];
}

export function catalogOf(scenarios: Scenario[], rejected: ScenarioCatalog['rejected'] = []): ScenarioCatalog {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  return {
    get: (id) => byId.get(id),
    list: () => [...byId.values()].map(summarizeScenario),
    rejected,
  };
}

/** Validates and lints every scenario file; an invalid one is reported and never offered. */
export async function loadScenarioCatalog(files?: string[]): Promise<ScenarioCatalog> {
  const scenarios: Scenario[] = [];
  const rejected: ScenarioCatalog['rejected'] = [];
  for (const file of files ?? (await libraryFiles())) {
    const { scenario, problems } = await checkScenarioFile(file);
    if (!scenario) rejected.push({ file, problems });
    else if (scenarios.some((s) => s.id === scenario.id)) rejected.push({ file, problems: [`id "${scenario.id}" is already used`] });
    else scenarios.push(scenario);
  }
  return catalogOf(scenarios, rejected);
}
