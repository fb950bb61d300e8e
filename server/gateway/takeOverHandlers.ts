import { fail, ok, type Result } from '../../protocol/result.js';
import { sessionHandBackSchema, sessionPlayCallerSchema, sessionTakeOverSchema } from '../../protocol/takeOver.js';
import { handBackStates } from '../../scenarios/session/callerTakeOver.js';
import { pending } from '../../scenarios/session/pendingEvent.js';
import type { AppContext } from '../appContext.js';
import type { LiveSession } from '../runtime/liveSession.js';
import { handle } from './handle.js';
import { instructorInCall } from './instructorInCall.js';
import type { LabSocket } from './types.js';

const staff = ['instructor', 'admin'] as const;

/**
 * The instructor playing the caller (role-play). Taking over, each line typed and the hand-back are
 * events of the session's log with who and when: the trainee hears only the caller's lines, observers,
 * the replay and the audit see who played it.
 */
export function registerTakeOverHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;
  const { who, liveCallOf, record } = instructorInCall(user, context);

  /** The call taken over already: playing the caller and handing it back need it. */
  const takenOver = (sessionId: string): Result<LiveSession> => {
    const call = liveCallOf(sessionId);
    if (call.ok && call.data.core.view.takenOverBy === null)
      return fail('INVALID_STATE', 'Nobody plays this caller: take the call over first.', { reason: 'notTakenOver' });
    return call;
  };

  socket.on(
    'session:takeOver',
    handle(user, sessionTakeOverSchema, staff, async ({ sessionId }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      const { channel, phase, takenOverBy } = call.data.core.view;
      if (channel !== 'phone') return fail('INVALID_STATE', 'Only a phone caller can be played.', { reason: 'takeOverPhoneOnly' });
      if (takenOverBy !== null)
        return fail('INVALID_STATE', `${takenOverBy} plays this caller already.`, { reason: 'alreadyTakenOver', name: takenOverBy });
      if (phase === 'wrapUp')
        return fail('INVALID_STATE', 'The line has dropped: there is no caller to play.', { reason: 'notInThisPhase' });
      return record(call.data, pending('coach.tookOver', 'instructor', who));
    }),
  );

  socket.on(
    'session:playCaller',
    handle(user, sessionPlayCallerSchema, staff, async ({ sessionId, text, mood }) => {
      const call = takenOver(sessionId);
      if (!call.ok) return call;
      const { phase, pausedAt } = call.data.core.view;
      if (pausedAt !== null) return fail('INVALID_STATE', 'The call is paused: resume it first.', { reason: 'callPaused' });
      if (phase !== 'talking')
        return fail('INVALID_STATE', 'The caller speaks only while the call is answered and not on hold.', { reason: 'notInThisPhase' });
      return record(call.data, pending('coach.playedCaller', 'instructor', { text, mood, ...who }));
    }),
  );

  socket.on(
    'session:handBackStates',
    handle(user, sessionTakeOverSchema, staff, async ({ sessionId }) => {
      const call = liveCallOf(sessionId);
      if (!call.ok) return call;
      const { scenario, view } = call.data.core;
      return ok(
        handBackStates(scenario, view.answeredAt !== null).map((id) => ({ id, label: scenario.labels.states[id] ?? { it: id, en: id } })),
      );
    }),
  );

  socket.on(
    'session:handBack',
    handle(user, sessionHandBackSchema, staff, async ({ sessionId, state }) => {
      const call = takenOver(sessionId);
      if (!call.ok) return call;
      const { scenario, view } = call.data.core;
      if (scenario.rolePlay)
        return fail('INVALID_STATE', 'A free role-play has no script to hand the caller back to.', { reason: 'noScriptToHandBack' });
      if (!handBackStates(scenario, view.answeredAt !== null).includes(state))
        return fail('NOT_FOUND', `The call cannot go on from "${state}": pick one of the script's states.`, { reason: 'noSuchState' });
      return record(call.data, pending('coach.handedBack', 'instructor', { state, ...who }));
    }),
  );
}
