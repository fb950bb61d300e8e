import { cpus, loadavg } from 'node:os';
import { loadScenarioCatalog } from '../server/scenarioCatalog.js';
import { parseOptions } from './args.js';
import { benchScenarioId, exemplaryActions } from './lab/script.js';
import { traineesPerInstructor } from './lab/labData.js';
import { measureReplaySeek } from './replay/replaySeek.js';
import { table, type TargetCheck } from './report/format.js';
import { loadTable } from './report/loadTable.js';
import { storageTable } from './report/storageTable.js';
import { runBaseline } from './runs/baselineRun.js';
import { runLab } from './runs/labRun.js';
import { measureLogAppend } from './storage/logAppend.js';
import { measureConsoleSearch } from './search/consoleSearch.js';
import { measureReplyMatching } from './search/replyMatching.js';
import { wallTable } from './report/wallTable.js';
import { runWall } from './wall/wallRun.js';
import { understandingTable } from './report/understandingTable.js';
import { prepareUnderstanding } from '../scenarios/understanding/understandReply.js';

/**
 * `npm run bench`: the lab under load against the bare Socket.IO transport measured in the same run,
 * then the session log's append cost and the replay's seek. See bench/README.md.
 */
const options = parseOptions(process.argv.slice(2));
const understandingReady = await prepareUnderstanding();
const actions = exemplaryActions();
// The "calls live" memory reading is taken with every call in wrap-up: all actions played but the
// last, so each session holds its whole call, and no silence or patience timer runs while the class is launched.
const stepsBeforeMemory = actions.length - 1;
const started = Date.now();
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

console.log(`Centralino Lab benchmark — node ${process.version}, ${cpus().length} cores, load average ${load()}`);
console.log(
  `command: npm run bench -- ${options.sizes.map((n) => `--n ${n}`).join(' ')} --warmup ${options.warmupMs / 1000} --window ${options.windowMs / 1000} --launch-limit ${options.launchLimitMs / 1000} --think ${options.thinkMs / 1000} --wall ${options.wallCalls} --wall-think ${options.wallThinkMs / 1000}${options.wallOnly ? ' --wall-only' : ''}`,
);
console.log(
  [
    'setup:',
    `- every server in its own process (node --import tsx), the load generator in another, all on 127.0.0.1, socket.io-client over websocket`,
    `- lab: server/main.ts with a fresh LAB_DATA_DIR whose lab.json the bench wrote before the start (N trainees, N/${traineesPerInstructor} instructors, its own cookieSecret);`,
    `  each socket's lab_session cookie is signed by the bench with issueToken (server/auth/sessionToken.ts), so there are no scrypt logins`,
    `- lab: LAB_SOCKET_EVENTS_PER_SECOND=0 (per-connection rate limit off, if the server has one)`,
    options.thinkMs > 0
      ? `- load: each trainee plays "${benchScenarioId}" exemplary (${actions.length} actions), thinking ${options.thinkMs / 1000} s on average (half to one and a half times) before each action of the window;`
      : `- load: each trainee plays "${benchScenarioId}" exemplary (${actions.length} actions) back to back, the next action when the ack comes back;`,
    `  its observer (an instructor socket) launches the call and watches it; a finished call is left and the next launched at once`,
    `- baseline: a bare Socket.IO server that acks each action and re-emits it to the room of its pair's observer`,
    `- warm-up ${options.warmupMs / 1000} s, then a ${options.windowMs / 1000} s window; only acks completed inside it count`,
    `- memory: /proc VmRSS after a forced full GC (a preloaded probe, bench/support/memoryProbe.ts); per live session = (RSS with N calls live`,
    `  in wrap-up, ${stepsBeforeMemory} of ${actions.length} actions played − RSS with the same sockets connected, after a warm-up of N calls played through) / N`,
  ].join('\n'),
);

const checks: TargetCheck[] = [];
for (const n of options.wallOnly ? [] : options.sizes) {
  const timing = { warmupMs: options.warmupMs, windowMs: options.windowMs, thinkMs: options.thinkMs };
  const baseline = await runBaseline(n, actions, timing);
  const lab = await runLab(n, actions, timing, stepsBeforeMemory, options.launchLimitMs);
  const report = loadTable(n, lab, baseline, options.thinkMs);
  checks.push(...report.checks);
  console.log(`\n${report.text}`);
}

if (options.wallCalls > 0) {
  const wall = await runWall(options.wallCalls, { warmupMs: options.warmupMs, windowMs: options.windowMs, thinkMs: options.wallThinkMs });
  console.log(`\n${wallTable(wall)}`);
}

if (!options.wallOnly) {
  const catalog = await loadScenarioCatalog();
  const scenario = catalog.get(benchScenarioId);
  if (!scenario) throw new Error(`scenario ${benchScenarioId} is not offered`);
  const storage = storageTable(
    await measureLogAppend(),
    measureReplaySeek(scenario, actions),
    measureConsoleSearch(),
    measureReplyMatching(),
  );
  checks.push(...storage.checks);
  console.log(`\n${storage.text}`);
}

if (!options.wallOnly) {
  const understanding = understandingTable(understandingReady);
  checks.push(...understanding.checks);
  console.log(`\n${understanding.text}`);
}

console.log(`\nTargets (load average now ${load()}; ran ${Math.round((Date.now() - started) / 1000)} s)`);
console.log(
  table(
    ['target', 'measured', 'wanted', 'result'],
    checks.map((check) => [check.name, check.measured, check.target, check.verdict]),
  ),
);
