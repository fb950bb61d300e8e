import type { Scenario } from '../format/schema.js';
import { factsOf } from '../machine/facts.js';
import { cueOf } from '../machine/perception.js';

/**
 * What makes a caller who listens (issue 13): every fact can be asked for in the contact's language,
 * and no line the caller says on a console action refers to something it was not told.
 */
export function callerProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const hasRules = (intent: string) => scenario.intents[intent]?.[scenario.language] !== undefined;
  for (const [id, fact] of Object.entries(factsOf(scenario))) {
    const place = `persona.knows.${id}`;
    if (!fact.asks.some(hasRules))
      problems.push(`${place}.asks: no question intent with rules in the contact's language "${scenario.language}"`);
    for (const intent of fact.asks) if (!scenario.intents[intent]) problems.push(`${place}.asks: no intent named "${intent}"`);
  }
  for (const lineId of Object.keys(scenario.lines))
    if (lineId.startsWith('fact.') || lineId.startsWith('reaction.'))
      problems.push(`lines.${lineId}: "fact." and "reaction." name the engine's lines`);
  const { states } = scenario.script;
  for (const [name, state] of Object.entries(states)) {
    state.on.forEach((transition, index) => {
      if (!('action' in transition)) return;
      const place = `script.states.${name}.on[${index}]`;
      const target = transition.to !== undefined && transition.to !== name ? states[transition.to] : undefined;
      const lines = [...transition.say, ...(target && !target.end ? target.say : [])];
      const cue = cueOf(scenario.channel, transition);
      // A line said on an action the caller cannot perceive must wait for the trainee's words about it.
      if (lines.length > 0 && cue !== null && cue !== '*' && !hasRules(cue))
        problems.push(`${place}.heard: the cue "${cue}" has no rules in the contact's language "${scenario.language}"`);
      if (transition.heard !== undefined && transition.heard !== '*' && !scenario.intents[transition.heard])
        problems.push(`${place}.heard: no intent named "${transition.heard}"`);
    });
  }
  return problems;
}
