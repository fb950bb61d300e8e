import { sessionMirrorSchema } from '../../protocol/audit.js';
import { fail } from '../../protocol/result.js';
import { recordWatch } from '../audit/watchAudit.js';
import type { AppContext } from '../appContext.js';
import { canViewSession, runsTrainee } from '../classScope.js';
import { handle } from './handle.js';
import type { LabSocket } from './types.js';

/** The monitor says when its Mirror opens, so "who watched" knows who saw the trainee's own screen. */
export function registerAuditHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;
  socket.on(
    'session:mirror',
    handle(user, sessionMirrorSchema, ['instructor', 'admin'], async ({ sessionId }) => {
      const record = context.registry.record(sessionId);
      if (!record || !canViewSession(user, record, context.documents.data)) return fail('NOT_FOUND', 'No such session.');
      if (!runsTrainee(user, record.traineeId, context.documents.data))
        return fail('FORBIDDEN', 'Only the instructor of the class can mirror this call.');
      if (!context.registry.live(sessionId)) return fail('INVALID_STATE', 'This call is over.', { reason: 'callOver' });
      return recordWatch(context.audit, user, sessionId, 'mirrored', context.clock.now());
    }),
  );
}
