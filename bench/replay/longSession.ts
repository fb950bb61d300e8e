import type { SessionEvent } from '../../protocol/events.js';
import type { TraineeAction } from '../../protocol/actions.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { playHeadless, type ScriptedInput } from '../../scenarios/session/playHeadless.js';

const vesuvioDesk = loadVesuvioDesk();

/** The exemplary call gets the caller to the diagnosis after this many actions. */
const openingSteps = 6;

/** What a long, busy call repeats while the caller waits: a reply (the caller answers) and console work. */
const busyLoop: TraineeAction[] = [
  { type: 'reply', text: 'Un attimo, sto controllando la sua linea.' },
  { type: 'customer.search', query: 'VT-100231' },
  { type: 'customer.open', customerId: 'C0001' },
  { type: 'reply', text: 'Vedo i dati del contratto, verifico lo stato della centrale.' },
];

/**
 * A valid session of at least `minEvents` events, played by the headless runtime (the same
 * decisions as the server): the exemplary opening, a long stretch of replies and searches, the
 * exemplary close. One action a second, so no silence or patience timer interrupts it.
 */
export function longSession(scenario: Scenario, exemplary: readonly TraineeAction[], minEvents: number): SessionEvent[] {
  const play = (loops: number) => {
    const actions: TraineeAction[] = [
      ...exemplary.slice(0, openingSteps),
      ...Array.from({ length: loops }, () => busyLoop).flat(),
      ...exemplary.slice(openingSteps),
    ];
    const inputs: ScriptedInput[] = actions.map((action, i) => ({ at: 1000 * (i + 1), action }));
    const run = playHeadless(scenario, vesuvioDesk, inputs, {
      seed: 7,
      traineeId: 'bench-trainee',
      launchedBy: 'bench-instructor',
      startAt: Date.UTC(2025, 0, 1),
    });
    if (run.rejected.length > 0)
      throw new Error(`the long session refused ${run.rejected.length} actions: ${run.rejected[0]!.error.message}`);
    return run.events;
  };
  // A short trial tells how many events one loop adds. The caller does not answer every reply the
  // same way for ever (it never says a sentence twice), so a loop adds fewer events later in the
  // call: the count is grown until the session is long enough.
  const base = play(0).length;
  const perLoop = (play(10).length - base) / 10;
  let loops = Math.ceil((minEvents - base) / perLoop);
  let events = play(loops);
  for (let tries = 0; events.length < minEvents && tries < 8; tries++) {
    loops = Math.ceil((loops * (minEvents - base)) / Math.max(1, events.length - base)) + 1;
    events = play(loops);
  }
  if (events.length < minEvents) throw new Error(`the long session has only ${events.length} events`);
  return events;
}
