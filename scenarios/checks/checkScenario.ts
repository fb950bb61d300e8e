import { allSharedIntents, sharedIntentLabels } from '../intents/sharedIntents.js';
import { scenarioSchema, type Scenario } from '../format/schema.js';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/**
 * Parses a scenario file's content against the schema and merges the shared intents under its own.
 * Never throws: problems name the place. What the schema cannot see is lintScenario's job.
 */
export function checkScenario(raw: unknown): ScenarioCheck {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  // The shared call-centre intents apply in every scenario; a scenario's own intent of the same name replaces the shared one wholesale.
  const labels = { states: parsed.data.labels.states, intents: { ...sharedIntentLabels, ...parsed.data.labels.intents } };
  const scenario: Scenario = { ...parsed.data, intents: { ...allSharedIntents, ...parsed.data.intents }, labels };
  return { ok: true, scenario };
}
