import type { TraineeAction } from '../../protocol/actions.js';
import { fail, type Result } from '../../protocol/result.js';
import type { CompanyDesk } from '../company/desk.js';
import type { Decider, Deciders } from './decider.js';
import { callDeciders } from './deciders/callDeciders.js';
import { caseDeciders } from './deciders/caseDeciders.js';
import { lookupDeciders } from './deciders/lookupDeciders.js';
import { recordDeciders } from './deciders/recordDeciders.js';
import type { PendingEvent } from './pendingEvent.js';
import type { SessionCore } from './sessionCore.js';

export type { PendingEvent } from './pendingEvent.js';

/** Every trainee action's decider, by the action's type: `satisfies` makes a missing one a compile error. */
export const traineeDeciders = { ...callDeciders, ...recordDeciders, ...lookupDeciders, ...caseDeciders } satisfies Deciders;

/** Checks a trainee action against the call's phase and the company's data, and turns it into the event it records. */
export function decideTraineeAction(core: SessionCore, desk: CompanyDesk, action: TraineeAction): Result<PendingEvent> {
  // The entry under `action.type` takes that very action, a link TypeScript cannot follow through the lookup.
  const decider = traineeDeciders[action.type] as Decider<TraineeAction>;
  // The instructor paused the scene: the console waits with the caller until it is resumed.
  if (core.view.pausedAt !== null)
    return fail('INVALID_STATE', 'The instructor paused this call; wait until it resumes.', { reason: 'callPaused' });
  const decision = decider.decide(action, core, desk);
  if (!decision.ok) return decision;
  const { phase } = core.view;
  return decider.phases.includes(phase)
    ? decision
    : fail('INVALID_STATE', `Cannot ${decider.verb} now: the contact is ${phase}.`, { reason: 'notInThisPhase' });
}
