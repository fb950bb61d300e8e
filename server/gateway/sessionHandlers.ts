import { ok, fail } from '../../protocol/result.js';
import { sessionActSchema, sessionJoinSchema, sessionScoreSchema } from '../../protocol/socket.js';
import { summarizeScenario } from '../../scenarios/format/checkScenario.js';
import { canViewSession, eventsFor, isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { handle } from './handle.js';
import { rooms, type LabSocket } from './types.js';

/** Joining, leaving and acting in a session, and reading its score. */
export function registerSessionHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;
  const roomOf = (sessionId: string) => (isObserver(user) ? rooms.observers(sessionId) : rooms.traineeSeat(sessionId));

  socket.on(
    'session:join',
    handle(user, sessionJoinSchema, 'anyone', async ({ sessionId, sinceSeq }) => {
      const record = context.registry.record(sessionId);
      if (!record) return fail('NOT_FOUND', 'No such session.');
      if (!canViewSession(user, record)) return fail('FORBIDDEN', 'This session belongs to another trainee.');
      const scenario = context.catalog.get(record.scenarioId);
      if (!scenario) return fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
      // Join before reading, so no event falls between the two; the client drops duplicates by seq.
      await socket.join(roomOf(sessionId));
      const events = eventsFor(user, await context.registry.eventsOf(sessionId)).filter((event) => event.seq > sinceSeq);
      return ok({ session: context.registry.summary(record), scenario: summarizeScenario(scenario), events });
    }),
  );

  socket.on(
    'session:leave',
    handle(user, sessionScoreSchema, 'anyone', async ({ sessionId }) => {
      await socket.leave(roomOf(sessionId));
      return ok(null);
    }),
  );

  socket.on(
    'session:act',
    handle(user, sessionActSchema, ['trainee'], async ({ sessionId, actionId, action }) => {
      const record = context.registry.record(sessionId);
      if (!record) return fail('NOT_FOUND', 'No such session.');
      if (record.traineeId !== user.id) return fail('FORBIDDEN', 'This session belongs to another trainee.');
      const session = context.registry.live(sessionId);
      if (!session) {
        const seq = await context.registry.recordedAction(sessionId, actionId);
        return seq === null ? fail('INVALID_STATE', 'This call is over.') : ok({ seq, events: [] });
      }
      // The ack brings this socket what its action caused; the trainee's other screens get session:events.
      const applied = await session.act(actionId, action, socket.id);
      return applied.ok ? ok({ seq: applied.data.seq, events: eventsFor(user, applied.data.events) }) : applied;
    }),
  );

  socket.on(
    'session:score',
    handle(user, sessionScoreSchema, 'anyone', async ({ sessionId }) => {
      const record = context.registry.record(sessionId);
      if (!record) return fail('NOT_FOUND', 'No such session.');
      if (!canViewSession(user, record)) return fail('FORBIDDEN', 'This session belongs to another trainee.');
      if (!isObserver(user) && record.status !== 'ended') return fail('FORBIDDEN', 'The debrief opens when the call is over.');
      const score = await context.registry.scoreOf(sessionId);
      return score ? ok(score) : fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
    }),
  );
}
