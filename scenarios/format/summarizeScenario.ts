import type { ScenarioSummary } from '../../protocol/views.js';
import type { Scenario } from './schema.js';

/** The catalogue's card of a scenario: the format's public fields, as the protocol sends them. */
export function summarizeScenario(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    summary: scenario.summary,
    kind: scenario.kind,
    channel: scenario.channel,
    language: scenario.language,
    difficulty: scenario.difficulty,
    abilities: scenario.abilities,
    queue: scenario.queue,
    voice: scenario.persona.voice,
  };
}
