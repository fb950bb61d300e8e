import type { ScoreReport } from '../../protocol/views.js';
import { totalsOf } from '../../scenarios/scoring/scoreTotals.js';
import type { SessionRegistry } from '../runtime/sessionRegistry.js';
import type { ReviewStore } from '../store/reviewLog.js';
import type { ReviewRecord, VerdictRecord } from '../store/reviewRecords.js';

/** A session's score as the course records take it: the reviewed one when there is one, beside the automatic. */
export interface ReviewedScore {
  automatic: ScoreReport;
  /** null until an assessor confirmed or changed at least one item. */
  reviewed: ScoreReport | null;
  /** The reviewed score when there is one, else the automatic: what a sign-off counts. */
  final: ScoreReport;
  source: 'automatic' | 'reviewed';
  /** Who confirmed or changed items (user ids, in order of their first verdict), and the last verdict's time. */
  reviewedBy: string[];
  reviewedAt: number | null;
}

const verdictsIn = (records: readonly ReviewRecord[]): VerdictRecord[] =>
  records.filter((record): record is VerdictRecord => record.type === 'item.verdict');

/**
 * The automatic score with the assessors' verdicts applied, the latest per item winning, and its
 * totals counted again the way the automatic score counts them. Pure: the records say it all.
 */
export function applyVerdicts(automatic: ScoreReport, passPercent: number, records: readonly ReviewRecord[]): ScoreReport | null {
  const verdicts = verdictsIn(records);
  if (verdicts.length === 0) return null;
  const latest = new Map(verdicts.map((record) => [record.itemId, record.after]));
  const items = automatic.items.map((item) => {
    const after = latest.get(item.id);
    return after === undefined ? item : { ...item, status: after };
  });
  return totalsOf(items, {
    passPercent,
    answered: automatic.status === 'scored',
    outcome: automatic.outcome,
    kpis: automatic.kpis,
  });
}

/**
 * THE reviewed score of a session, for every screen, export and sign-off that needs it (the course's
 * UF sign-off too): scored against the frozen scenario version the session was played with. Null for
 * a session that does not exist or whose scenario version is lost.
 */
export async function reviewedScore(
  context: { registry: SessionRegistry; reviews: Pick<ReviewStore, 'recordsOf'> },
  sessionId: string,
): Promise<ReviewedScore | null> {
  const record = context.registry.record(sessionId);
  const scenario = record && context.registry.scenarioOf(record);
  const automatic = await context.registry.scoreOf(sessionId);
  if (!scenario || !automatic) return null;
  const records = context.reviews.recordsOf(sessionId);
  const reviewed = applyVerdicts(automatic, scenario.passPercent, records);
  const verdicts = verdictsIn(records);
  return {
    automatic,
    reviewed,
    final: reviewed ?? automatic,
    source: reviewed ? 'reviewed' : 'automatic',
    reviewedBy: [...new Set(verdicts.map((verdict) => verdict.by))],
    reviewedAt: verdicts.at(-1)?.at ?? null,
  };
}
