import type { TraineeAction, TraineeActionType } from '../../protocol/actions.js';
import type { SessionEventPayloads, SessionEventType } from '../../protocol/events.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { CompanyDesk } from '../company/desk.js';
import type { CallPhase } from '../projection/callView.js';
import { pending, type PendingEvent } from './pendingEvent.js';
import type { SessionCore } from './sessionCore.js';

export type ActionOf<K extends TraineeActionType> = Extract<TraineeAction, { type: K }>;

/** How the session decides one kind of trainee action. */
export interface Decider<A extends TraineeAction> {
  /** The call phases the action is allowed in; in any other it is refused with INVALID_STATE. */
  phases: readonly CallPhase[];
  /** The action in the refusal's words: "Cannot <verb> now: the contact is <phase>." */
  verb: string;
  /**
   * The action's own refusals (an unknown record, a muted microphone), then the event it records.
   * The phase is checked after these, so a request wrong in itself is told so whatever the phase.
   */
  decide: (action: A, core: SessionCore, desk: CompanyDesk) => Result<PendingEvent>;
}

/** One decider for every action the protocol knows: an action without one does not compile. */
export type Deciders = { [K in TraineeActionType]: Decider<ActionOf<K>> };

/** While the caller is on the line. */
export const livePhases: readonly CallPhase[] = ['talking', 'onHold'];
/** While the console is in use: on the line and in wrap-up. */
export const consoleOpenPhases: readonly CallPhase[] = ['talking', 'onHold', 'wrapUp'];

export const byTrainee = <T extends SessionEventType>(type: T, data: SessionEventPayloads[T]) => ok(pending(type, 'trainee', data));

export const unknown = (what: string, id: string) => fail('NOT_FOUND', `No ${what} ${id}.`);
