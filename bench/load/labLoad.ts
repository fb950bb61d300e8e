import { connectSocket, inBatches } from './connect.js';
import { expectOk, launch, type LabClient } from './labClient.js';
import { answerWhenRinging, playCalls, playOneCallThrough, type CallContext, type LabPair } from './labPair.js';
import { MeasuringWindow, now } from './measuringWindow.js';
import { progress } from './progress.js';
import type { CheckpointName, LabLoadConfig, LoadResult, WindowEdge } from './messages.js';

/** Trainees one `session:launch` names (the protocol allows up to 200). */
const launchBatch = 100;
/** How long the calls may take to stop after the window closes before the sockets are closed. */
const closingGraceMs = 3000;

/**
 * N trainees on N concurrent calls through the real protocol, each call watched by an instructor
 * socket. Pauses at two checkpoints (sockets connected; calls live mid-way) for memory readings.
 */
export async function runLabLoad(config: LabLoadConfig, checkpoint: (name: CheckpointName) => Promise<void>, onEdge: (edge: WindowEdge) => void): Promise<LoadResult> {
  const window = new MeasuringWindow(config.warmupMs, config.windowMs, onEdge);
  const context: CallContext = { window, actions: config.actions, scenarioId: config.scenarioId };

  const say = progress(`lab N=${config.n}`);
  const connectStarted = now();
  const observers: LabClient[] = await inBatches(config.observerCookies, 50, (cookie) => connectSocket(config.url, { cookie }));
  const trainees: LabClient[] = await inBatches(config.traineeCookies, 50, (cookie) => connectSocket(config.url, { cookie }));
  const connectMs = now() - connectStarted;
  say(`${observers.length + trainees.length} sockets connected`);
  for (const observer of observers) observer.on('session:events', ({ events }) => events.forEach(() => window.observerEvent()));
  const pairs: LabPair[] = config.traineeIds.map((traineeId, index) => ({
    index,
    traineeId,
    trainee: trainees[index]!,
    observer: observers[index]!,
    sessionId: null,
    step: 0,
    refused: false,
    waitingFor: null,
    betweenCallsSince: null,
  }));
  await playOneCallThrough(pairs[0]!, context);
  await checkpoint('connected');

  // The first calls go out as a class: one launch names up to 100 trainees. Each trainee answers as
  // soon as its call rings, so no call rings out while the rest of the class is launched. A launch
  // phase longer than the limit stops early: the run goes on with the calls that are live.
  const launchStarted = now();
  const live: LabPair[] = [];
  const answered: Promise<void>[] = [];
  for (let first = 0; first < pairs.length; first += launchBatch) {
    if (now() - launchStarted > config.launchLimitMs) {
      say(`launch limit of ${config.launchLimitMs / 1000} s reached: going on with ${live.length} of ${pairs.length} calls`);
      break;
    }
    const batch = pairs.slice(first, first + launchBatch);
    for (const pair of batch) {
      const ready = answerWhenRinging(pair, context, config.stepsBeforeMemory);
      ready.catch(() => {}); // awaited below; this only keeps an early failure from crashing the generator
      answered.push(ready);
    }
    const launched = expectOk(await launch(batch[0]!.observer, config.scenarioId, batch.map((pair) => pair.traineeId)), 'class launch');
    if (launched.sessionIds.length !== batch.length) throw new Error(`launched ${launched.sessionIds.length} of ${batch.length} calls`);
    live.push(...batch);
    window.launched(batch.length);
    say(`${live.length} calls launched`);
  }
  const launchMs = now() - launchStarted;
  await Promise.all(answered);
  say(`${live.length} calls live in wrap-up`);
  await checkpoint('live');

  say('measuring');
  window.begin();
  const calls = Promise.all(live.map((pair) => playCalls(pair, context)));
  await window.closed();
  // Requests still unanswered when the window closes no longer count; wait a little, then stop.
  const pendingAtClose: Record<string, number> = {};
  for (const { waitingFor } of live) if (waitingFor) pendingAtClose[waitingFor] = (pendingAtClose[waitingFor] ?? 0) + 1;
  window.settleWaits(live.flatMap((pair) => (pair.betweenCallsSince === null ? [] : [pair.betweenCallsSince])));
  await Promise.race([calls, new Promise((resolve) => setTimeout(resolve, closingGraceMs))]);
  [...observers, ...trainees].forEach((socket) => socket.disconnect());
  return window.result({ connectMs, launchMs }, live.length, true, pendingAtClose);
}
