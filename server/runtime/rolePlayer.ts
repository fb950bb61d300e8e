import { fail, ok, type Result } from '../../protocol/result.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { pending, type PendingEvent } from '../../scenarios/session/pendingEvent.js';
import type { StoredUser } from '../store/documents.js';

/**
 * A free role-play's caller is always an instructor: the one who launches it plays the caller from
 * the first ring, so its launch records the take-over. Nobody else may launch one (a trainee's
 * practice call would ring with nobody to speak for the caller). Any other scenario adds nothing.
 */
export function rolePlayerOf(scenario: Scenario, launcher: StoredUser | undefined): Result<PendingEvent[]> {
  if (!scenario.rolePlay) return ok([]);
  if (!launcher || (launcher.role !== 'instructor' && launcher.role !== 'admin'))
    return fail('FORBIDDEN', 'Only an instructor can launch a role-play: they play its caller.', { reason: 'rolePlayNeedsInstructor' });
  return ok([pending('coach.tookOver', 'instructor', { instructorId: launcher.id, instructorName: launcher.displayName })]);
}
