import { createActor, type AnyActorScope, type AnyStateNode, type SnapshotFrom } from 'xstate';
import type { SessionEvent } from '../../protocol/events.js';
import type { ScriptMachine } from '../machine/buildMachine.js';

type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

interface MachineFacts {
  /** Where the machine's transitions run: built once, as `transition()` would build it per call. */
  scope: AnyActorScope;
  /** Whether some state has eventless (`always`) transitions, which XState tries after any event. */
  eventless: boolean;
}

const factsByMachine = new WeakMap<ScriptMachine, MachineFacts>();

/**
 * `transition()` builds an inert actor scope on every call (an actor, which computes its initial
 * snapshot, and two actor systems): ~19 µs of the ~23 µs a script transition costs. A scope matters
 * only to actors a machine spawns or invokes and to actions it executes; script machines have
 * neither (buildMachine: assign actions only), so one scope per machine, built the same way, gives
 * the same snapshots. Actions handed to its executor are dropped, as the runtime drops those
 * `transition()` returns.
 */
function factsOf(machine: ScriptMachine): MachineFacts {
  let facts = factsByMachine.get(machine);
  if (!facts) {
    const self = createActor(machine);
    const noop = () => {};
    const scope: AnyActorScope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: noop,
      defer: noop,
      emit: noop,
      stopChild: noop,
      actionExecutor: noop,
    };
    const anyEventless = (node: AnyStateNode): boolean => (node.always?.length ?? 0) > 0 || Object.values(node.states).some(anyEventless);
    factsByMachine.set(machine, (facts = { scope, eventless: anyEventless(machine.root) }));
  }
  return facts;
}

/**
 * The script after `event`, as `transition(machine, snapshot, event)` gives it. XState first
 * selects the transitions the event enables from the active states (`getTransitionData`, guards
 * evaluated); when there are none, and no eventless transition could follow, it returns the
 * snapshot itself and runs no action. Most events of a call (caller lines, searches, records
 * opened, replies the state does not wait for) are such, and skip the transition altogether.
 */
export function stepScript(machine: ScriptMachine, snapshot: ScriptSnapshot, event: SessionEvent): ScriptSnapshot {
  const { scope, eventless } = factsOf(machine);
  if (!eventless && machine.getTransitionData(snapshot, event).length === 0) return snapshot;
  return machine.transition(snapshot, event, scope);
}
