import { fail, ok } from '../../protocol/result.js';
import { sessionReleaseSchema } from '../../protocol/socket.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { ReleaseRecord } from '../store/reviewLog.js';
import { handle } from './handle.js';
import { rooms, type LabSocket } from './types.js';

/** The release of a finished session's debrief: an exam's, or any session's reviewed debrief (the review itself is HTTP, reviewRoutes.ts). */
export function registerReviewHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;

  socket.on(
    'session:release',
    handle(user, sessionReleaseSchema, ['assessor', 'admin'], async ({ sessionId }) => {
      const record = context.registry.record(sessionId);
      if (!record) return fail('NOT_FOUND', 'No such session.');
      // An exam's debrief waits for its release; any other session is released once an assessor has reviewed it.
      const reviewed = context.reviews.recordsOf(sessionId).some((review) => review.type === 'item.verdict');
      if (!record.exam && !reviewed)
        return fail('INVALID_STATE', 'This session is no exam and has no review: its trainee has its debrief already.');
      if (record.status !== 'ended') return fail('INVALID_STATE', 'The exam call is not over yet.');
      const earlier = context.reviews.releaseOf(sessionId);
      if (earlier) return fail('INVALID_STATE', `This debrief was released already (by ${earlier.by}).`);
      // Items the scenario leaves to the assessor: a debrief with one still unjudged is not whole, so it waits.
      const unjudged = (await reviewedScore(context, sessionId))?.final.items.filter((item) => item.status === 'byHand') ?? [];
      if (unjudged.length > 0)
        return fail('INVALID_STATE', `Judge by hand first: ${unjudged.map((item) => item.label.en).join(', ')}.`, {
          reason: 'byHandUnjudged',
          count: unjudged.length,
          items: unjudged.map((item) => item.id).join(', '),
        });
      const release: ReleaseRecord = { type: 'session.released', sessionId, by: user.id, at: context.clock.now() };
      try {
        await context.reviews.append(release);
      } catch (error) {
        return fail('STORAGE_FAILED', `The release was not saved: ${(error as Error).message}`);
      }
      // The trainee's open debrief or progress fills in at once; the lists of sessions show who released it.
      // Only an exam's debrief is new to the trainee; another session's review is read from their progress.
      const score = record.exam ? await context.registry.scoreOf(sessionId) : null;
      if (score) socket.nsp.to(rooms.trainee(record.traineeId)).emit('session:debrief', { sessionId, score });
      socket.nsp.to(rooms.trainee(record.traineeId)).emit('review:released', { sessionId });
      context.registry.listeners.updated(record);
      const releasedBy = context.users.byId(user.id);
      return ok({ sessionId, releasedBy: user.id, releasedByName: releasedBy?.displayName ?? user.id, releasedAt: release.at });
    }),
  );
}
