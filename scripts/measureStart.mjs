// Start time (spawn to first HTTP answer) and RSS one second after, of the lab in two or more
// checkouts, interleaved round by round so both see the same machine load. Each start gets an
// empty data folder in demo mode. Usage: node scripts/measureStart.mjs [--compiled] <checkout> <checkout> …
// With --compiled, each checkout is also started as `npm start` does, `node dist/server/main.js` (build it
// first with `npm run build`), beside `tsx server/main.ts`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const compiled = process.argv.includes('--compiled');
const checkouts = process.argv.slice(2).filter((arg) => arg !== '--compiled');
const runs = checkouts.flatMap((checkout) => (compiled ? [`${checkout} (tsx)`, `${checkout} (compiled)`] : [checkout]));
const rounds = 5;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startOnce(run, port) {
  const checkout = run.replace(/ \((tsx|compiled)\)$/, '');
  const entry = run.endsWith(' (compiled)') ? ['--enable-source-maps', 'dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lab-start-'));
  const startedAt = performance.now();
  const env = { ...process.env, PORT: String(port), LAB_DATA_DIR: dataDir, LAB_DEMO: '1' };
  const child = spawn(process.execPath, entry, { cwd: checkout, env, stdio: 'ignore' });
  for (;;) {
    try {
      await (await fetch(`http://127.0.0.1:${port}/api/scenarios`)).arrayBuffer();
      break;
    } catch {
      await sleep(20);
    }
  }
  const ms = performance.now() - startedAt;
  await sleep(1000);
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) / 1024;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  return { ms, rssMb };
}

const results = new Map(runs.map((run) => [run, []]));
let port = 3900;
for (let round = 0; round < rounds; round++) {
  for (const run of runs) results.get(run).push(await startOnce(run, port++));
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [checkout, runs] of results) {
  const ms = median(runs.map((run) => run.ms)).toFixed(0);
  const rss = median(runs.map((run) => run.rssMb)).toFixed(1);
  console.log(`${checkout}: start ${ms} ms, RSS ${rss} MB (medians of ${rounds})`);
}
