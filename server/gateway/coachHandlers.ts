import { fail, ok } from '../../protocol/result.js';
import { sessionInterveneSchema, sessionScoreSchema, sessionTwistSchema, sessionWhisperSchema } from '../../protocol/socket.js';
import { twistsOf } from '../../scenarios/machine/twists.js';
import { endedByInstructor } from '../../protocol/vocabulary.js';
import type { AppContext } from '../appContext.js';
import { pending } from '../../scenarios/session/pendingEvent.js';
import { handle } from './handle.js';
import { instructorInCall } from './instructorInCall.js';
import type { LabSocket } from './types.js';

/**
 * The instructor inside a live call. Each intervention is an event of the session's log, with who and
 * when, so the trainee's console, the monitor, the replay and the score all see it at its moment.
 */
export function registerCoachHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;

  const { who, liveCallOf, record } = instructorInCall(user, context);

  socket.on(
    'session:whisper',
    handle(user, sessionWhisperSchema, ['instructor', 'admin'], async ({ sessionId, text }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      return record(call.data, pending('coach.whispered', 'instructor', { text, ...who }));
    }),
  );

  socket.on(
    'session:intervene',
    handle(user, sessionInterveneSchema, ['instructor', 'admin'], async ({ sessionId, step }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      const paused = call.data.core.view.pausedAt !== null;
      if (step === 'pause' && paused) return fail('INVALID_STATE', 'The call is paused already.', { reason: 'alreadyPaused' });
      if (step === 'resume' && !paused) return fail('INVALID_STATE', 'The call is not paused.', { reason: 'notPaused' });
      if (step === 'pause') return record(call.data, pending('coach.paused', 'instructor', who));
      if (step === 'resume') return record(call.data, pending('coach.unpaused', 'instructor', who));
      // A call nobody answered is cancelled, not ended: it was never a conversation to score.
      if (call.data.core.view.answeredAt === null) {
        const ended = await call.data.endUnanswered('instructor');
        return ended.ok ? ok({ seq: ended.data.seq }) : ended;
      }
      return record(call.data, pending('session.ended', 'instructor', { outcome: endedByInstructor, ...who }));
    }),
  );

  socket.on(
    'session:twists',
    handle(user, sessionScoreSchema, ['instructor', 'admin'], async ({ sessionId }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      return ok(Object.entries(twistsOf(call.data.core.scenario)).map(([id, twist]) => ({ id, label: twist.label })));
    }),
  );

  socket.on(
    'session:twist',
    handle(user, sessionTwistSchema, ['instructor', 'admin'], async ({ sessionId, twist }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      if (!twistsOf(call.data.core.scenario)[twist]) return fail('NOT_FOUND', `This scenario has no twist "${twist}".`);
      const { phase, pausedAt } = call.data.core.view;
      // A twist is a turn of the conversation: the caller must be on the line and the scene running.
      if (phase !== 'talking' || pausedAt !== null)
        return fail('INVALID_STATE', 'A twist needs the caller on the line, not ringing, on hold or paused.', { reason: 'notInThisPhase' });
      return record(call.data, pending('coach.twisted', 'instructor', { twist, ...who }));
    }),
  );
}
