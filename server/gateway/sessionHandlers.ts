import { ok, fail } from '../../protocol/result.js';
import { sessionActSchema, sessionJoinSchema, sessionLeaveSchema, sessionScoreSchema } from '../../protocol/socket.js';
import { eventsFor, isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { debriefOf, openedSession, viewableSession } from '../sessionViews.js';
import { handle } from './handle.js';
import { recordWatch } from '../audit/watchAudit.js';
import { rooms, type LabSocket } from './types.js';

/** Joining, leaving and acting in a session, and reading its score. */
export function registerSessionHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;
  const roomOf = (sessionId: string) => (isObserver(user) ? rooms.observers(sessionId) : rooms.traineeSeat(sessionId));

  socket.on(
    'session:join',
    handle(user, sessionJoinSchema, 'anyone', async ({ sessionId, sinceSeq }) => {
      const found = viewableSession(context, user, sessionId);
      if (!found.ok) return found;
      // Join before reading, so no event falls between the two; the client drops duplicates by seq.
      await socket.join(roomOf(sessionId));
      if (isObserver(user) && context.registry.live(sessionId))
        await recordWatch(context.audit, user, sessionId, 'monitored', context.clock.now());
      return ok(await openedSession(context, user, found.data, sinceSeq));
    }),
  );

  socket.on(
    'session:leave',
    handle(user, sessionLeaveSchema, 'anyone', async ({ sessionId }) => {
      await socket.leave(roomOf(sessionId));
      return ok(null);
    }),
  );

  socket.on(
    'session:act',
    handle(user, sessionActSchema, ['trainee'], async ({ sessionId, actionId, action }) => {
      const record = context.registry.record(sessionId);
      // Another trainee's session is not found, as over HTTP: a guessed id learns nothing.
      if (!record || record.traineeId !== user.id) return fail('NOT_FOUND', 'No such session.');
      const session = context.registry.live(sessionId);
      if (!session) {
        const seq = await context.registry.recordedAction(sessionId, actionId);
        return seq === null ? fail('INVALID_STATE', 'This call is over.', { reason: 'callOver' }) : ok({ seq, events: [] });
      }
      // The ack brings this socket what its action caused; the trainee's other screens get session:events.
      const applied = await session.act(actionId, action, socket.id);
      return applied.ok ? ok({ seq: applied.data.seq, events: eventsFor(user, applied.data.events) }) : applied;
    }),
  );

  socket.on(
    'session:score',
    handle(user, sessionScoreSchema, 'anyone', async ({ sessionId }) => {
      const found = viewableSession(context, user, sessionId);
      return found.ok ? debriefOf(context, user, found.data) : found;
    }),
  );
}
