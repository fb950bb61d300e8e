import type { ScenarioSummary } from '../../../protocol/views.js';

export interface PracticeFilter {
  kind: string;
  language: string;
  difficulty: string;
}

export const noPracticeFilter: PracticeFilter = { kind: '', language: '', difficulty: '' };

/** Scenarios that fit every chosen criterion; an empty criterion lets everything through. */
export function filterScenarios(scenarios: ScenarioSummary[], filter: PracticeFilter): ScenarioSummary[] {
  return scenarios.filter(
    (scenario) =>
      (!filter.kind || scenario.kind === filter.kind) &&
      (!filter.language || scenario.language === filter.language) &&
      (!filter.difficulty || String(scenario.difficulty) === filter.difficulty),
  );
}

/** The distinct values present, in a stable order, for the filters' options. */
export function presentValues(scenarios: ScenarioSummary[], key: (scenario: ScenarioSummary) => string): string[] {
  return [...new Set(scenarios.map(key))].sort();
}
