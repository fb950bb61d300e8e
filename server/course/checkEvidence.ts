import type { SessionRecord } from '../store/documents.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { AppContext } from '../appContext.js';

/** A check call's score as the report and the sign-off count it. */
export interface CallScore {
  percent: number | null;
  abilities: Record<string, number>;
  source: 'automatic' | 'reviewed';
}
export type CallScores = ReadonlyMap<string, CallScore>;

/**
 * The scores a UF check's calls count with: the assessor's reviewed score where there is one (else the
 * automatic), scored against the scenario version each call was played with. Read before a report is
 * built, since scoring reads the call's log.
 */
export async function checkCallScores(
  context: Pick<AppContext, 'registry' | 'reviews'>,
  sessionIds: readonly string[],
): Promise<CallScores> {
  const scores = new Map<string, CallScore>();
  for (const sessionId of sessionIds) {
    const score = await reviewedScore(context, sessionId);
    if (!score) continue;
    const abilities = Object.fromEntries(
      score.final.abilities.flatMap((ability) => (ability.percent === null ? [] : [[ability.code, ability.percent] as const])),
    );
    scores.set(sessionId, { percent: score.final.percent, abilities, source: score.source });
  }
  return scores;
}

/** A call's score: the reviewed one read beforehand when given, else the automatic one kept in the session index. */
export function checkCallScore(record: SessionRecord, scores?: CallScores): CallScore {
  return scores?.get(record.id) ?? { percent: record.percent, abilities: record.abilities ?? {}, source: 'automatic' };
}
