import type { Result } from '../../protocol/result.js';
import type { ActOutcome } from '../../protocol/socket.js';
import type { WallSnapshot, WallUpdate } from '../../protocol/wall.js';
import { connectSocket, inBatches } from '../load/connect.js';
import { act, expectOk, join, launch, type LabClient } from '../load/labClient.js';
import { think } from '../load/think.js';
import { sleep } from '../support/children.js';
import { summarize } from '../support/stats.js';
import type { WallLoadConfig, WallLoadMessage, WallLoadResult } from './wallMessages.js';

/**
 * The wall's load, in its own process: a class of N trainees each on a live call, acting in the
 * console at a human pace, and one instructor watching the wall of all N calls. For each action it
 * times how long until the wall's push carries the card that shows it (the card's last trainee move).
 */
const now = () => performance.now();
const launchBatch = 100;
const graceMs = 3000;

async function run(config: WallLoadConfig): Promise<WallLoadResult> {
  const n = config.traineeIds.length;
  const connect = (cookie: string) => connectSocket(config.url, { cookie }) as Promise<unknown> as Promise<LabClient>;
  const trainees = await inBatches(config.traineeCookies, 50, connect);
  const launcher = await connect(config.launcherCookie);
  const watcher = await connect(config.watcherCookie);
  const sessionOf = new Map<number, string>();
  const setupStarted = now();

  // Each trainee answers its call as soon as it rings, as the console does.
  const answered = trainees.map(
    (trainee, index) =>
      new Promise<void>((resolve, reject) => {
        trainee.once('call:incoming', ({ session }) => {
          void (async () => {
            expectOk(await join(trainee, session.id), 'trainee join');
            expectOk(await act(trainee, session.id, index, { type: 'call.answer' }), 'answer');
            sessionOf.set(index, session.id);
          })().then(resolve, reject);
        });
      }),
  );
  for (let first = 0; first < n; first += launchBatch)
    expectOk(await launch(launcher, config.scenarioId, config.traineeIds.slice(first, first + launchBatch)), 'class launch');
  await Promise.all(answered);
  const setupMs = now() - setupStarted;

  // The wall's pushes: each card's latest trainee move (server clock) and when it arrived here.
  const pending = new Map<string, { sentAt: number; at: number | null; inWindow: boolean }[]>();
  const lastSeen = new Map<string, { at: number; arrivedAt: number }>();
  const latencies: number[] = [];
  let window = { open: false, start: 0, end: 0 };
  let updates = 0;
  let cards = 0;
  let bytes = 0;
  const settle = (sessionId: string) => {
    const seen = lastSeen.get(sessionId);
    const list = pending.get(sessionId);
    if (!seen || !list) return;
    const left = list.filter((entry) => {
      if (entry.at === null || entry.at > seen.at) return true;
      if (entry.inWindow) latencies.push(seen.arrivedAt - entry.sentAt);
      return false;
    });
    pending.set(sessionId, left);
  };
  watcher.on('wall:update', (update: WallUpdate) => {
    const arrivedAt = now();
    if (window.open) {
      updates += 1;
      cards += update.cards.length;
      bytes += JSON.stringify(update).length;
    }
    for (const card of update.cards) {
      if (card.lastTraineeAt === null) continue;
      lastSeen.set(card.sessionId, { at: card.lastTraineeAt, arrivedAt });
      settle(card.sessionId);
    }
  });
  const watched: Result<WallSnapshot> = await watcher.timeout(120_000).emitWithAck('wall:watch', {});
  const snapshot = expectOk(watched, 'wall:watch');

  let acting = true;
  let actions = 0;
  let refusals = 0;
  let sent = 0;
  const play = async (trainee: LabClient, index: number) => {
    const sessionId = sessionOf.get(index);
    if (!sessionId) return;
    while (acting) {
      await think(config.thinkMs);
      if (!acting) break;
      const entry = { sentAt: now(), at: null as number | null, inWindow: window.open };
      pending.set(sessionId, [...(pending.get(sessionId) ?? []), entry]);
      const answer: Result<ActOutcome> = await trainee.timeout(120_000).emitWithAck('session:act', {
        sessionId,
        actionId: `wall-${index}-${++sent}`,
        action: { type: 'customer.search', query: 'Rossi' },
      });
      if (!answer.ok) {
        pending.set(
          sessionId,
          (pending.get(sessionId) ?? []).filter((other) => other !== entry),
        );
        if (refusals++ === 0) console.error('wall load: first refused action:', answer.error.code, answer.error.message);
        if (answer.error.code === 'INVALID_STATE') return;
        continue;
      }
      if (entry.inWindow && now() <= window.end) actions += 1;
      entry.at = answer.data.events.find((event) => event.by === 'trainee')?.at ?? answer.data.events[0]?.at ?? null;
      settle(sessionId);
    }
  };
  const players = trainees.map(play);
  await sleep(config.warmupMs);
  process.send?.({ type: 'window', edge: 'open' } satisfies WallLoadMessage);
  window = { open: true, start: now(), end: now() + config.windowMs };
  await sleep(config.windowMs);
  window.open = false;
  process.send?.({ type: 'window', edge: 'closed' } satisfies WallLoadMessage);
  acting = false;
  await sleep(graceMs);
  await Promise.all(players);
  const unseen = [...pending.values()].flat().filter((entry) => entry.inWindow).length;
  for (const socket of [...trainees, launcher, watcher]) socket.disconnect();
  return {
    live: sessionOf.size,
    snapshotCards: snapshot.cards.length,
    setupMs,
    actions,
    latency: summarize(latencies),
    unseen,
    updates,
    cards,
    bytes,
    windowMs: config.windowMs,
  };
}

process.once('message', (config: WallLoadConfig) => {
  const send = (message: WallLoadMessage) => process.send?.(message);
  run(config).then(
    (result) => send({ type: 'result', result }),
    (error: Error) => send({ type: 'error', message: error.stack ?? error.message }),
  );
});
