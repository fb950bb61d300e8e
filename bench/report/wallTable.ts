import { wallPushMs } from '../../server/wall/liveWall.js';
import type { WallRun } from '../wall/wallRun.js';
import { decimal, integer, table } from './format.js';

const delays = (run: WallRun) =>
  run.loopDelay ? [run.loopDelay.p50, run.loopDelay.p99, run.loopDelay.max].map((ms) => decimal(ms)).join(' / ') : '—';

/**
 * The wall of live calls under load: how long an instructor waits to see a trainee's move on the
 * card, and what the wall costs in messages. No baseline: the wall gathers changes and pushes them
 * every wallPushMs on purpose, so that period, not the transport, is what the latency is measured against.
 */
export function wallTable(run: WallRun): string {
  const { result } = run;
  const seconds = result.windowMs / 1000;
  const { latency } = result;
  return [
    `Wall of live calls — ${integer(result.live)} calls live (${integer(result.snapshotCards)} cards on the watched wall), each trainee acting every ${decimal(run.thinkMs / 1000)} s on average (setup ${decimal(result.setupMs / 1000)} s)`,
    table(
      ['measure', 'lab', 'note'],
      [
        [
          'wall update latency p50 / p95 / p99 / max (ms)',
          [latency.p50, latency.p95, latency.p99, latency.max].map(integer).join(' / '),
          `action sent → its card's change on the wall:watch socket; pushes every ${wallPushMs} ms by design`,
        ],
        [
          'p99 over the push period',
          decimal(latency.p99 / wallPushMs, 2) + '×',
          'informational: a change waits up to one period, then the cards are built and sent',
        ],
        [
          'trainee actions acknowledged / s',
          decimal(result.actions / seconds),
          `${integer(latency.count)} timed, ${integer(result.unseen)} never seen on the wall`,
        ],
        [
          'wall:update messages / s to the watcher',
          decimal(result.updates / seconds),
          `${integer(result.updates)} in the ${decimal(seconds, 0)} s window`,
        ],
        [
          'cards / s; KB / s to the watcher',
          `${decimal(result.cards / seconds)}; ${decimal(result.bytes / 1024 / seconds)}`,
          'JSON size of the messages',
        ],
        ['server event loop late in window: p50 / p99 / max (ms)', delays(run), ''],
        ['server CPU in window (% of a core)', integer(run.serverCpuPercent), ''],
      ],
    ),
  ].join('\n');
}
