import { fail, ok } from '../../protocol/result.js';
import { sessionWhisperSchema } from '../../protocol/socket.js';
import { canViewSession, runsTrainee } from '../classScope.js';
import type { AppContext } from '../appContext.js';
import { pending } from '../../scenarios/session/pendingEvent.js';
import { handle } from './handle.js';
import type { LabSocket } from './types.js';

/**
 * The instructor inside a live call. Each intervention is an event of the session's log, with who and
 * when, so the trainee's console, the monitor, the replay and the score all see it at its moment.
 */
export function registerCoachHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;

  socket.on(
    'session:whisper',
    handle(user, sessionWhisperSchema, ['instructor', 'admin'], async ({ sessionId, text }) => {
      const record = context.registry.record(sessionId);
      if (!record || !canViewSession(user, record, context.documents.data)) return fail('NOT_FOUND', 'No such session.');
      if (!runsTrainee(user, record.traineeId, context.documents.data))
        return fail('FORBIDDEN', 'Only the instructor of the class can whisper to this trainee.');
      const session = context.registry.live(sessionId);
      if (!session || session.ended) return fail('INVALID_STATE', 'This call is over.', { reason: 'callOver' });
      const whisper = pending('coach.whispered', 'instructor', { text, instructorId: user.id, instructorName: user.displayName });
      const recorded = await session.recordSystem([whisper]);
      return recorded.ok ? ok({ seq: recorded.data.seq }) : recorded;
    }),
  );
}
