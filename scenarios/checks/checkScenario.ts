import { allSharedIntents, sharedIntentLabels } from '../intents/sharedIntents.js';
import { loadCompany } from '../company/load.js';
import type { KbArticle } from '../company/model/content.js';
import { callerIntentLabels, callerIntents } from '../intents/callerIntents.js';
import { scenarioSchema, type Scenario } from '../format/schema.js';
import { resolveProcedures } from './resolveProcedures.js';

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/**
 * Parses a scenario file's content against the schema, merges the shared intents under its own and
 * copies the company's procedure rules its rubric references (KB-001's identity rule).
 * Never throws: problems name the place. What the schema cannot see is lintScenario's job.
 */
export function checkScenario(raw: unknown, articles: readonly KbArticle[] = loadCompany().knowledgeBase): ScenarioCheck {
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  // The shared call-centre intents apply in every scenario; a scenario's own intent of the same name replaces the shared one wholesale.
  const labels = {
    states: parsed.data.labels.states,
    intents: { ...sharedIntentLabels, ...callerIntentLabels, ...parsed.data.labels.intents },
  };
  const { rubric, problems } = resolveProcedures(parsed.data.rubric, articles);
  if (problems.length) return { ok: false, problems };
  const scenario: Scenario = { ...parsed.data, intents: { ...allSharedIntents, ...callerIntents, ...parsed.data.intents }, labels, rubric };
  return { ok: true, scenario };
}
