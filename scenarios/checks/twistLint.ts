import type { Scenario } from '../format/schema.js';
import { callerLineOf } from '../machine/facts.js';

/**
 * A scenario's own twists must lead somewhere: each makes the caller say a line that exists, or moves
 * the script to a state that exists and is not the one it would already be in everywhere (no twist
 * that does nothing), and an e-mail's twist cannot drop a line it does not have.
 */
export function twistProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  for (const [id, twist] of Object.entries(scenario.twists)) {
    const place = `twists.${id}`;
    for (const lineId of twist.say) if (!callerLineOf(scenario, lineId)) problems.push(`${place}.say: no caller line "${lineId}"`);
    if (twist.to !== undefined && !scenario.script.states[twist.to]) problems.push(`${place}.to: no state named "${twist.to}"`);
    if (twist.say.length === 0 && twist.to === undefined)
      problems.push(`${place}: a twist must make the caller say something (say) or move the script (to); this one does nothing`);
  }
  return problems;
}
