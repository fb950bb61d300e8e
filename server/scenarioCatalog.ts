import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScenario, summarizeScenario } from '../scenarios/format/checkScenario.js';
import type { Scenario } from '../scenarios/format/schema.js';
import { abilityCodes } from '../scenarios/standard/standard.js';
import type { ScenarioSummary } from '../protocol/views.js';

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

/** Reads every `*.json` in the folder; an invalid file is reported and never offered. */
export async function loadScenarioCatalog(dir: string): Promise<ScenarioCatalog> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  const scenarios: Scenario[] = [];
  const rejected: ScenarioCatalog['rejected'] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      rejected.push({ file, problems: [`not valid JSON: ${(error as Error).message}`] });
      continue;
    }
    const check = checkScenario(raw, abilityCodes);
    if (!check.ok) rejected.push({ file, problems: check.problems });
    else if (scenarios.some((s) => s.id === check.scenario.id)) rejected.push({ file, problems: [`id "${check.scenario.id}" is already used`] });
    else scenarios.push(check.scenario);
  }
  return catalogOf(scenarios, rejected);
}
