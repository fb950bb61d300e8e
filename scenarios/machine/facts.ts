import type { CallerLine, Fact, ReactionName, Scenario } from '../format/schema.js';
import { stockLines } from './stockLines.js';

/** Line ids the engine says besides the script's: a fact's answer and a reaction. */
export const factLine = (factId: string) => `fact.${factId}`;
export const reactionLine = (name: ReactionName) => `reaction.${name}`;

/** The caller's facts; the older `knows` (a list of notes) gives none. */
export function factsOf(scenario: Scenario): Record<string, Fact> {
  return Array.isArray(scenario.persona.knows) ? {} : scenario.persona.knows;
}

/** A said line's variants, whether a script line, a fact's answer or a reaction (the scenario's own or the stock one). */
export function callerLineOf(scenario: Scenario, lineId: string): CallerLine | undefined {
  const [kind, name] = lineId.split(/\.(.*)/s);
  if (kind === 'fact' && name !== undefined) return factsOf(scenario)[name];
  if (kind === 'reaction' && name !== undefined) {
    const reaction = name as ReactionName;
    return scenario.reactions[reaction] ?? stockLines[scenario.language][reaction];
  }
  return scenario.lines[lineId];
}
