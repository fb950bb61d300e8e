import type { BaselineRun } from '../runs/baselineRun.js';
import type { LabRun } from '../runs/labRun.js';
import type { LoopDelay } from '../support/serverLoopDelay.js';
import { decimal, integer, ratio, table, verdict, type Row, type TargetCheck } from './format.js';

/** The targets against the baseline apply at this size; smaller sizes show them for information. */
export const targetSize = 1000;

export const throughputTarget = 0.5;
export const p99Target = 2;
export const sessionMemoryTargetKb = 100;

const perSecond = (count: number, windowMs: number) => (count * 1000) / windowMs;
const delays = (delay: LoopDelay | null) => (delay ? [delay.p50, delay.p99, delay.max].map((ms) => decimal(ms)).join(' / ') : '—');

/** One size's comparison of the lab with the bare transport, and the targets it checks. */
export function loadTable(n: number, lab: LabRun, baseline: BaselineRun, thinkMs: number): { text: string; checks: TargetCheck[] } {
  // With think time both sides act at the trainees' pace: the targets are for a saturated server.
  const checked = n === targetSize && thinkMs === 0;
  const judge = (passed: boolean) => (checked ? verdict(passed) : `(info: ${verdict(passed).toLowerCase()})`);
  const labRate = perSecond(lab.load.acks, lab.load.windowMs);
  const baseRate = perSecond(baseline.load.acks, baseline.load.windowMs);
  const throughputRatio = labRate / baseRate;
  // No ack in the window is a failure of both targets, not a ratio of zero.
  const p99Ratio = lab.load.latency.count > 0 ? lab.load.latency.p99 / baseline.load.latency.p99 : Number.POSITIVE_INFINITY;

  const labConnections = 2 * n;
  const { empty, connected, live, end } = lab.memory;
  const calls = lab.load.actors;
  const sessionKb = (live.rssKb - connected.rssKb) / calls;
  const sessionRawKb = (live.rawRssKb - connected.rawRssKb) / calls;
  const sessionHeapKb = (live.heapUsedKb - connected.heapUsedKb) / calls;
  const labPerConnection = (connected.rssKb - empty.rssKb) / labConnections;
  const basePerConnection = (baseline.memory.connected.rssKb - baseline.memory.empty.rssKb) / labConnections;
  const failures =
    Object.entries(lab.load.failures)
      .map(([code, count]) => `${code} ${count}`)
      .join(', ') || '0';
  const launch = lab.load.launchLatency;
  const pending =
    Object.entries(lab.load.pendingAtClose)
      .map(([what, count]) => `${count} for ${what}`)
      .join(', ') || 'none';

  const rows: Row[] = [
    [
      'actions acknowledged / s',
      integer(labRate),
      integer(baseRate),
      ratio(throughputRatio),
      `≥ ${throughputTarget}× baseline`,
      judge(throughputRatio >= throughputTarget),
    ],
    [
      'ack latency p50 (ms)',
      decimal(lab.load.latency.p50),
      decimal(baseline.load.latency.p50),
      ratio(lab.load.latency.p50 / baseline.load.latency.p50),
      '',
      '',
    ],
    [
      'ack latency p95 (ms)',
      decimal(lab.load.latency.p95),
      decimal(baseline.load.latency.p95),
      ratio(lab.load.latency.p95 / baseline.load.latency.p95),
      '',
      '',
    ],
    [
      'ack latency p99 (ms)',
      decimal(lab.load.latency.p99),
      decimal(baseline.load.latency.p99),
      ratio(p99Ratio),
      `≤ ${p99Target}× baseline`,
      judge(p99Ratio <= p99Target),
    ],
    [
      'session events to observers / s',
      integer(perSecond(lab.load.observerEvents, lab.load.windowMs)),
      integer(perSecond(baseline.load.observerEvents, baseline.load.windowMs)),
      '',
      '',
      '',
    ],
    [
      'messages sent by the server per action acknowledged',
      decimal(lab.load.serverMessages / lab.load.acks, 2),
      decimal(baseline.load.serverMessages / baseline.load.acks, 2),
      ratio(lab.load.serverMessages / lab.load.acks / (baseline.load.serverMessages / baseline.load.acks)),
      '',
      '',
    ],
    ['calls completed / s', decimal(perSecond(lab.load.callsCompleted, lab.load.windowMs)), '—', '', '', ''],
    [
      'acts during the class launch: n; p50 / p99 (ms)',
      `${integer(lab.load.setupLatency.count)}; ${decimal(lab.load.setupLatency.p50)} / ${decimal(lab.load.setupLatency.p99)}`,
      '—',
      '',
      '',
      '',
    ],
    [
      'launches completed; round trip p50 / p99 (ms)',
      launch ? `${integer(launch.count)}; ${integer(launch.p50)} / ${integer(launch.p99)}` : '—',
      '—',
      '',
      '',
      '',
    ],
    ['trainee time between calls (launch + joins)', `${decimal(lab.load.launchWaitShare * 100, 0)}%`, '—', '', '', ''],
    ['server event loop late in window: p50 / p99 / max (ms)', delays(lab.loopDelay), delays(baseline.loopDelay), '', '', ''],
    [
      'CPU in window: server / generator (% of a core)',
      `${integer(lab.serverCpuPercent)} / ${integer(lab.load.generatorCpuPercent)}`,
      `${integer(baseline.serverCpuPercent)} / ${integer(baseline.load.generatorCpuPercent)}`,
      '',
      '',
      '',
    ],
    ['failed requests in window', failures, '0', '', '', ''],
    ['still waiting when the window closed', pending, '—', '', '', ''],
    [
      'memory per live session (KB, RSS)',
      decimal(sessionKb),
      '—',
      '',
      `< ${sessionMemoryTargetKb} KB`,
      verdict(sessionKb < sessionMemoryTargetKb),
    ],
    ['  same: V8 heap / RSS before forced GC', `${decimal(sessionHeapKb)} / ${decimal(sessionRawKb)}`, '—', '', '', ''],
    [
      'server open files: connected / live / after run',
      [connected, live, end].map((m) => integer(m.openFiles)).join(' / '),
      '—',
      '',
      '',
      '',
    ],
    ['  of which session logs (*.jsonl)', [connected, live, end].map((m) => integer(m.openLogs)).join(' / '), '—', '', '', ''],
    ['sessions launched in the whole run', integer(lab.load.launchedInRun), '—', '', '', ''],
    ['RSS per connection (KB)', decimal(labPerConnection), decimal(basePerConnection), ratio(labPerConnection / basePerConnection), '', ''],
    [
      'server RSS: idle / connected / live (MB)',
      [empty, connected, live].map((m) => decimal(m.rssKb / 1024, 0)).join(' / '),
      [baseline.memory.empty, baseline.memory.connected].map((m) => decimal(m.rssKb / 1024, 0)).join(' / '),
      '',
      '',
      '',
    ],
    [
      'setup: connect / first launches (s)',
      `${decimal(lab.load.setup.connectMs / 1000)} / ${decimal((lab.load.setup.launchMs ?? NaN) / 1000)}`,
      decimal(baseline.load.setup.connectMs / 1000),
      '',
      '',
      '',
    ],
  ];
  const short = calls < n ? ` — only ${integer(calls)} calls were launched within the launch limit; the lab's figures are for those` : '';
  const paced =
    thinkMs > 0 ? `, each trainee thinking ${decimal(thinkMs / 1000)} s on average before an action (targets for information)` : '';
  const title = `N = ${integer(n)} concurrent calls: ${integer(n)} trainee sockets + ${integer(n)} observer sockets (baseline: the same counts)${paced}${short}`;
  const text = [title, table(['measure', 'lab', 'baseline', 'lab/base', 'target', 'result'], rows)].join('\n');
  const checks: TargetCheck[] = [
    {
      name: `N=${n} memory per live session`,
      measured: `${decimal(sessionKb)} KB`,
      target: `< ${sessionMemoryTargetKb} KB`,
      verdict: verdict(sessionKb < sessionMemoryTargetKb),
    },
  ];
  if (checked) {
    checks.unshift(
      {
        name: `N=${n} throughput vs baseline`,
        measured: ratio(throughputRatio),
        target: `≥ ${throughputTarget}×`,
        verdict: verdict(throughputRatio >= throughputTarget),
      },
      { name: `N=${n} ack p99 vs baseline`, measured: ratio(p99Ratio), target: `≤ ${p99Target}×`, verdict: verdict(p99Ratio <= p99Target) },
    );
  }
  const notes = lab.serverErrors.length ? `\nserver errors (last lines):\n  ${lab.serverErrors.join('\n  ')}` : '';
  return { text: text + notes, checks };
}
