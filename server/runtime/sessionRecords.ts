import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport } from '../../protocol/views.js';
import type { CallView } from '../../scenarios/projection/callView.js';
import type { LaunchMode } from '../../protocol/vocabulary.js';
import type { SessionRecord } from '../store/documents.js';

/**
 * The session index is a cache of the logs: written soon after a launch or an end, never waited
 * for, and rebuilt from the logs at start for any session a crash kept out of it.
 */
export function recordFromLog(sessionId: string, events: readonly SessionEvent[]): SessionRecord | null {
  const launched = events.find((event) => event.type === 'session.launched');
  return launched?.type === 'session.launched' ? newRecord(sessionId, launched.data, launched.at) : null;
}

/** A session just launched: live, no result yet; a trainee who launched their own call is practising; an exam says so. */
export function newRecord(
  id: string,
  who: { scenarioId: string; traineeId: string; launchedBy: string; mode?: LaunchMode; scenarioHash?: string },
  launchedAt: number,
): SessionRecord {
  const { scenarioId, traineeId, launchedBy, mode, scenarioHash } = who;
  const record: SessionRecord = {
    id,
    scenarioId,
    traineeId,
    launchedBy,
    status: 'live',
    launchedAt,
    endedAt: null,
    outcome: null,
    percent: null,
    passed: null,
    practice: launchedBy === traineeId,
    ...(scenarioHash ? { scenarioHash } : {}),
  };
  return mode === 'exam' ? { ...record, exam: true } : record;
}

/** Marks a record ended, with what progress needs without replaying the log. */
export function closeRecord(record: SessionRecord, view: CallView, score: ScoreReport): void {
  record.status = 'ended';
  record.endedAt = view.endedAt;
  record.outcome = view.outcome;
  record.percent = score.percent;
  // Not answered, nothing was scored: neither passed nor failed, and out of every average.
  record.passed = score.status === 'scored' ? score.passed : null;
  record.notAnswered = score.status === 'notAnswered';
  record.abilities = Object.fromEntries(
    score.abilities.flatMap((ability) => (ability.percent === null ? [] : [[ability.code, ability.percent]])),
  );
}
