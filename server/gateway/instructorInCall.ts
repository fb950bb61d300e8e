import type { PublicUser } from '../../protocol/roles.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { PendingEvent } from '../../scenarios/session/pendingEvent.js';
import type { AppContext } from '../appContext.js';
import { canViewSession, runsTrainee } from '../classScope.js';
import type { LiveSession } from '../runtime/liveSession.js';

/**
 * What every intervention of an instructor in a live call shares (a whisper, a pause, a twist, taking
 * over the caller): who steps in, which live call they may step into, and how the step becomes an
 * event of the session's log.
 */
export function instructorInCall(user: PublicUser, context: AppContext) {
  return {
    who: { instructorId: user.id, instructorName: user.displayName },
    /** The live call of a trainee this instructor runs, or why the intervention is refused. */
    liveCallOf(sessionId: string): Result<LiveSession> {
      const record = context.registry.record(sessionId);
      if (!record || !canViewSession(user, record, context.documents.data)) return fail('NOT_FOUND', 'No such session.');
      if (!runsTrainee(user, record.traineeId, context.documents.data))
        return fail('FORBIDDEN', 'Only the instructor of the class can step into this call.');
      const session = context.registry.live(sessionId);
      if (!session || session.ended) return fail('INVALID_STATE', 'This call is over.', { reason: 'callOver' });
      return ok(session);
    },
    /** The intervention as an event of the call's log; its seq is the answer. */
    async record(session: LiveSession, event: PendingEvent) {
      const recorded = await session.recordSystem([event]);
      return recorded.ok ? ok({ seq: recorded.data.seq }) : recorded;
    },
  };
}
