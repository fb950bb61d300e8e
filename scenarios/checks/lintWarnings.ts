import type { Outcome, Scenario } from '../format/schema.js';

/** The ends the caller reaches when the contact went well: closing first there is a correct close too. */
const goodEnds: readonly Outcome[] = ['resolved', 'escalated', 'messageTaken'];

/**
 * What the lint accepts but is probably a mistake. A state from which the caller may close with a
 * good outcome (it has a transition to such an end) but no `hangUpOutcome` of its own: a trainee who
 * closes correctly there, without waiting for the caller's goodbye, gets the script's hang-up
 * outcome ("abandoned" unless written), and a correct close scores as not resolved.
 */
export function lintWarnings(scenario: Scenario): string[] {
  const { states, hangUpOutcome } = scenario.script;
  const warnings: string[] = [];
  for (const [name, state] of Object.entries(states)) {
    if (state.end || state.hangUpOutcome) continue;
    const ends = [
      ...new Set(state.on.flatMap((transition) => (transition.to ? [states[transition.to]?.end] : [])).filter((end) => end !== undefined)),
    ];
    const good = ends.filter((end) => goodEnds.includes(end) && end !== hangUpOutcome);
    if (good.length === 0) continue;
    const closing = scenario.channel === 'email' ? 'closes the e-mail' : 'hangs up';
    warnings.push(
      `script.states.${name}: the caller may close from here as "${good.join('" or "')}", but a trainee who ${closing} here first gets the script's hangUpOutcome "${hangUpOutcome}": give the state its own "hangUpOutcome"`,
    );
  }
  return warnings;
}
