import type { TraineeAction } from '../../protocol/actions.js';
import { act, available, expectOk, join, launch, leave, type LabClient } from './labClient.js';
import { now, type MeasuringWindow } from './measuringWindow.js';
import { think } from './think.js';
import { sleep } from '../support/children.js';

/** One trainee on a call and the instructor socket watching it. */
export interface LabPair {
  index: number;
  traineeId: string;
  trainee: LabClient;
  observer: LabClient;
  sessionId: string | null;
  /** Index of the next action of the script. */
  step: number;
  /** An action of this call was refused: the call may need closing by hand. */
  refused: boolean;
  /** What the pair is waiting for, if anything: read when the window closes. */
  waitingFor: 'act' | 'next call' | null;
  /** Since when the pair has been between calls (launch and joins), if it is. */
  betweenCallsSince: number | null;
}

export interface CallContext {
  window: MeasuringWindow;
  actions: readonly TraineeAction[];
  scenarioId: string;
  /** Mean think time before each action played in the window (0: none). */
  thinkMs: number;
}

/** The observer joins first, so it sees every event of the call; then the trainee takes the seat. */
export async function takeSeats(pair: LabPair, sessionId: string): Promise<void> {
  expectOk(await join(pair.observer, sessionId), 'observer join');
  expectOk(await join(pair.trainee, sessionId), 'trainee join');
  pair.sessionId = sessionId;
  pair.step = 0;
  pair.refused = false;
}

/**
 * Answers the pair's next call as soon as it rings (`call:incoming`, as the client does): the
 * observer joins, the trainee takes the seat and plays the first `steps` actions.
 */
export function answerWhenRinging(pair: LabPair, context: CallContext, steps: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    pair.trainee.once('call:incoming', ({ session }) => {
      takeSeats(pair, session.id)
        .then(async () => {
          while (pair.step < steps) await playStep(pair, context);
        })
        .then(resolve, reject);
    });
  });
}

/** Plays the next action of the script and records its ack (an ack that never comes counts as NO_ACK). */
export async function playStep(pair: LabPair, context: CallContext): Promise<void> {
  const sentAt = now();
  pair.waitingFor = 'act';
  try {
    const result = await act(pair.trainee, pair.sessionId!, pair.index, context.actions[pair.step]!);
    context.window.ack(sentAt, result.ok ? null : result.error.code);
    if (!result.ok) pair.refused = true;
  } catch {
    context.window.ack(sentAt, 'NO_ACK');
    pair.refused = true;
  } finally {
    pair.waitingFor = null;
  }
  pair.step += 1;
}

/** Leaves the finished call (as the client does) and has the observer's instructor launch the next one. */
async function nextCall(pair: LabPair, context: CallContext): Promise<void> {
  const previous = pair.sessionId;
  const waitFrom = now();
  pair.betweenCallsSince = waitFrom;
  pair.waitingFor = 'next call';
  pair.sessionId = null;
  if (previous && pair.refused) {
    // A refused action may have left the call open: close it so the trainee is free again.
    await act(pair.trainee, previous, pair.index, { type: 'call.hangUp' });
    await act(pair.trainee, previous, pair.index, { type: 'wrapup.submit', disposition: 'escalated-technical', notes: 'bench' });
  }
  // After a call the trainee reads the debrief and says they are ready again: a launch rings only an
  // available trainee.
  if (previous) await Promise.all([leave(pair.observer, previous), leave(pair.trainee, previous), available(pair.trainee)]);
  const sentAt = now();
  const launched = await launch(pair.observer, context.scenarioId, [pair.traineeId]);
  const sessionId = expectOk(launched, `launch for ${pair.traineeId}`).sessionIds[0]!;
  context.window.launch(sentAt);
  await takeSeats(pair, sessionId);
  context.window.waited(waitFrom);
  pair.betweenCallsSince = null;
  pair.waitingFor = null;
}

/** Leaves a call played to its end, both sockets, as the client does. */
export async function leaveCall(pair: LabPair): Promise<void> {
  const sessionId = pair.sessionId;
  if (sessionId) await Promise.all([leave(pair.observer, sessionId), leave(pair.trainee, sessionId), available(pair.trainee)]);
  pair.sessionId = null;
  pair.step = 0;
}

/**
 * Calls back to back until the window closes: every action as soon as the previous one is
 * acknowledged, the next call as soon as one ends. A launch that fails is counted and retried.
 */
export async function playCalls(pair: LabPair, context: CallContext): Promise<void> {
  while (!context.window.over) {
    if (pair.sessionId === null || pair.step >= context.actions.length) {
      if (pair.sessionId !== null) context.window.callCompleted();
      try {
        await nextCall(pair, context);
      } catch (error) {
        context.window.failure(`next call: ${(error as Error).message.replace(/bench-trainee-\d+/g, '<trainee>')}`);
        if (pair.betweenCallsSince !== null) context.window.waited(pair.betweenCallsSince);
        pair.betweenCallsSince = null;
        pair.waitingFor = null;
        await sleep(500);
        continue;
      }
    }
    await think(context.thinkMs);
    if (context.window.over) break;
    await playStep(pair, context);
  }
}
