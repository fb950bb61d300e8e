import { fail, ok } from '../../protocol/result.js';
import { sessionReleaseSchema } from '../../protocol/socket.js';
import type { AppContext } from '../appContext.js';
import type { ReleaseRecord } from '../store/reviewLog.js';
import { handle } from './handle.js';
import { rooms, type LabSocket } from './types.js';

/** The assessor's review of finished sessions; for now its one record, the release of an exam's debrief. */
export function registerReviewHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;

  socket.on(
    'session:release',
    handle(user, sessionReleaseSchema, ['assessor', 'admin'], async ({ sessionId }) => {
      const record = context.registry.record(sessionId);
      if (!record) return fail('NOT_FOUND', 'No such session.');
      if (!record.exam) return fail('INVALID_STATE', 'This session is no exam: its trainee has its debrief already.');
      if (record.status !== 'ended') return fail('INVALID_STATE', 'The exam call is not over yet.');
      const earlier = context.reviews.releaseOf(sessionId);
      if (earlier) return fail('INVALID_STATE', `This debrief was released already (by ${earlier.by}).`);
      const release: ReleaseRecord = { type: 'session.released', sessionId, by: user.id, at: context.clock.now() };
      try {
        await context.reviews.append(release);
      } catch (error) {
        return fail('STORAGE_FAILED', `The release was not saved: ${(error as Error).message}`);
      }
      // The trainee's open debrief or progress fills in at once; the lists of sessions show who released it.
      const score = await context.registry.scoreOf(sessionId);
      if (score) socket.nsp.to(rooms.trainee(record.traineeId)).emit('session:debrief', { sessionId, score });
      context.registry.listeners.updated(record);
      const summary = context.registry.summary(record);
      return summary.release ? ok(summary.release) : fail('INTERNAL', 'The release was saved but cannot be read back.');
    }),
  );
}
