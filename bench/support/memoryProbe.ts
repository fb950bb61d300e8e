import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Preloaded (`--import`) into the servers under bench, never imported by them.
 * - On SIGUSR2 it runs a full garbage collection (node runs with --expose-gc) and prints the
 *   process's memory on one line, so the bench compares live memory, not garbage that happens not
 *   to be collected yet.
 * - On SIGWINCH it prints the event loop's delay since the previous SIGWINCH (how late a 5 ms timer
 *   fired: a stall there delays every socket at once) and starts a new count; the bench sends one
 *   when its window opens and one when it closes.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();

process.on('SIGUSR2', () => {
  const rssBefore = process.memoryUsage.rss();
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  const report = { rssBefore, rss, heapUsed, external, collected: typeof globalThis.gc === 'function' };
  process.stdout.write(`BENCH_MEMORY ${JSON.stringify(report)}\n`);
});

process.on('SIGWINCH', () => {
  // The histogram holds how long each 5 ms timer took to fire; the delay is what exceeds the 5 ms.
  const late = (ns: number) => Math.max(0, ns / 1e6 - 5);
  const report = { p50: late(loopDelay.percentile(50)), p99: late(loopDelay.percentile(99)), max: late(loopDelay.max) };
  process.stdout.write(`BENCH_LOOP ${JSON.stringify(report)}\n`);
  loopDelay.reset();
});
