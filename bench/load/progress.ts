import { performance } from 'node:perf_hooks';

/** Progress of a long setup on stderr (the table goes to stdout), so a slow phase shows where it is. */
export function progress(label: string): (message: string) => void {
  const started = performance.now();
  return (message) => process.stderr.write(`  [${label} +${((performance.now() - started) / 1000).toFixed(1)} s] ${message}\n`);
}
