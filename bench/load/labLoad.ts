import { connectSocket, inBatches } from './connect.js';
import { expectOk, launch, type LabClient } from './labClient.js';
import { answerWhenRinging, leaveCall, playCalls, type CallContext, type LabPair } from './labPair.js';
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
export async function runLabLoad(
  config: LabLoadConfig,
  checkpoint: (name: CheckpointName) => Promise<void>,
  onEdge: (edge: WindowEdge) => void,
): Promise<LoadResult> {
  const window = new MeasuringWindow(config.warmupMs, config.windowMs, onEdge);
  const context: CallContext = { window, actions: config.actions, scenarioId: config.scenarioId, thinkMs: config.thinkMs };

  const say = progress(`lab N=${config.n}`);
  const connectStarted = now();
  const onServerMessage = () => window.serverMessage();
  const observers: LabClient[] = await inBatches(config.observerCookies, 50, (cookie) =>
    connectSocket(config.url, { cookie, onServerMessage }),
  );
  const trainees: LabClient[] = await inBatches(config.traineeCookies, 50, (cookie) =>
    connectSocket(config.url, { cookie, onServerMessage }),
  );
  const connectMs = now() - connectStarted;
  say(`${observers.length + trainees.length} sockets connected`);
  for (const observer of observers)
    observer.on('session:events', ({ events }) => {
      for (const _event of events) window.observerEvent();
    });
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
  // A whole class's calls first, played through to the end: the "connected" reading then holds what
  // the server builds once and what a load like this one grows it to (indexes, compiled rules, V8's
  // young generation, the allocator's arenas), so that the "live" reading differs from it by what
  // the live calls hold.
  const warmUp = await launchClass(pairs, context, config, config.actions.length, say);
  await Promise.all(warmUp.live.map((pair) => leaveCall(pair)));
  say(`warm-up: ${warmUp.live.length} calls played through`);
  await checkpoint('connected');

  const { live, launchMs } = await launchClass(pairs, context, config, config.stepsBeforeMemory, say);
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
  for (const socket of [...observers, ...trainees]) socket.disconnect();
  return window.result({ connectMs, launchMs }, live.length, true, pendingAtClose);
}

/**
 * Launches the class's calls, as an instructor would: one launch names up to 100 trainees. Each
 * trainee answers as soon as its call rings and plays its first `steps` actions, so no call rings out
 * while the rest of the class is launched. Launching stops after the limit: the run goes on with the
 * calls launched by then.
 */
async function launchClass(
  pairs: LabPair[],
  context: CallContext,
  config: LabLoadConfig,
  steps: number,
  say: (text: string) => void,
): Promise<{ live: LabPair[]; launchMs: number }> {
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
      const ready = answerWhenRinging(pair, context, steps);
      ready.catch(() => {}); // awaited below; this only keeps an early failure from crashing the generator
      answered.push(ready);
    }
    const launched = expectOk(
      await launch(
        batch[0]!.observer,
        config.scenarioId,
        batch.map((pair) => pair.traineeId),
      ),
      'class launch',
    );
    if (launched.sessionIds.length !== batch.length) throw new Error(`launched ${launched.sessionIds.length} of ${batch.length} calls`);
    live.push(...batch);
    context.window.launched(batch.length);
    say(`${live.length} calls launched`);
  }
  const launchMs = now() - launchStarted;
  await Promise.all(answered);
  return { live, launchMs };
}
