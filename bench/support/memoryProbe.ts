/**
 * Preloaded (`--import`) into the servers under bench, never imported by them: on SIGUSR2 it runs a
 * full garbage collection (node runs with --expose-gc) and prints the process's memory on one line,
 * so the bench compares live memory, not garbage that happens not to be collected yet.
 */
process.on('SIGUSR2', () => {
  const rssBefore = process.memoryUsage.rss();
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  const report = { rssBefore, rss, heapUsed, external, collected: typeof globalThis.gc === 'function' };
  process.stdout.write(`BENCH_MEMORY ${JSON.stringify(report)}\n`);
});
