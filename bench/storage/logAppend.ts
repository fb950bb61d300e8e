import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionEvent } from '../../protocol/events.js';
import { median } from '../support/stats.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';

export interface AppendResult {
  /** Events in the log before the measured appends. */
  heldBefore: number;
  /** Median append (one group, synced) divided by the group's size: robust to a disk's hiccups. */
  usPerEvent: number;
  /** Total time over all events: includes the hiccups. */
  meanUsPerEvent: number;
}

export interface AppendScaling {
  small: AppendResult;
  large: AppendResult;
  /** large / small, of the medians: 1 means the cost does not grow with the log. */
  ratio: number;
  groupSize: number;
  measuredEvents: number;
}

/** One action's worth of events, as the server appends them: the reply, the caller's answer, the script's move. */
function actionGroup(seq: number, size: number): SessionEvent[] {
  const at = 1_735_689_600_000 + seq * 1000;
  const group: SessionEvent[] = [
    {
      seq,
      at,
      type: 'trainee.replied',
      by: 'trainee',
      actionId: `bench-action-${seq}`,
      data: { text: 'Capisco, la spia rossa indica un guasto sulla linea. Apro subito una segnalazione.', intents: [] },
    },
    {
      seq: seq + 1,
      at,
      type: 'caller.said',
      by: 'caller',
      data: { lineId: 'whatDoYouSuggest', text: 'E quindi adesso cosa devo fare? Lavoro da casa e senza internet sono ferma.' },
    },
    { seq: seq + 2, at, type: 'script.advanced', by: 'system', data: { state: 'diagnosing', mood: 0 } },
  ];
  return group.slice(0, size);
}

/** Fills a session's log to `held` events in large groups (one write each). */
async function fill(store: FileEventLogStore, sessionId: string, held: number, groupSize: number): Promise<void> {
  for (let seq = 1; seq <= held; ) {
    const chunk: SessionEvent[] = [];
    for (; chunk.length < 10_000 && seq <= held; seq += groupSize) chunk.push(...actionGroup(seq, Math.min(groupSize, held - seq + 1)));
    await store.append(sessionId, chunk);
  }
}

/**
 * The server's FileEventLogStore (append + datasync per group) in a temporary folder: the cost per
 * event when a session log already holds ~1,000 events and when it holds ~100,000. The two logs
 * take turns, one action's group each (as one session's actions do, each synced before the next),
 * so a disk that is slower for a moment slows both alike.
 */
export async function measureLogAppend(small = 1_000, large = 100_000, count = 3_000, groupSize = 3): Promise<AppendScaling> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lab-bench-log-'));
  const store = new FileEventLogStore(dir);
  const logs = [
    { sessionId: 'bench-small', held: small, times: [] as number[] },
    { sessionId: 'bench-large', held: large, times: [] as number[] },
  ];
  try {
    for (const log of logs) await fill(store, log.sessionId, log.held, groupSize);
    for (let done = 0, turn = 0; done < count; done += groupSize, turn++) {
      for (const log of turn % 2 === 0 ? logs : [...logs].reverse()) {
        const group = actionGroup(log.held + done + 1, groupSize);
        const started = performance.now();
        await store.append(log.sessionId, group);
        log.times.push(performance.now() - started);
      }
    }
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
  const [smallLog, largeLog] = logs.map((log) => ({
    heldBefore: log.held,
    usPerEvent: (median(log.times) * 1000) / groupSize,
    meanUsPerEvent: (log.times.reduce((sum, ms) => sum + ms, 0) * 1000) / count,
  })) as [AppendResult, AppendResult];
  return {
    small: smallLog,
    large: largeLog,
    ratio: largeLog.usPerEvent / smallLog.usPerEvent,
    groupSize,
    measuredEvents: count,
  };
}
