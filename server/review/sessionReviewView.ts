import type { ReviewerRef, SessionReviewView } from '../../protocol/review.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from './reviewedScore.js';

/** A user id as the review screens name it. */
export const reviewerOf = (context: Pick<AppContext, 'users'>, id: string): ReviewerRef => ({
  id,
  name: context.users.byId(id)?.displayName ?? id,
});

/** A session's review as the screens show it: both scores, who reviewed, the verdicts', comments' and disputes' history. */
export async function sessionReviewView(context: AppContext, sessionId: string): Promise<SessionReviewView | null> {
  const score = await reviewedScore(context, sessionId);
  if (!score) return null;
  const records = context.reviews.recordsOf(sessionId);
  const release = context.reviews.releaseOf(sessionId);
  const who = (id: string) => reviewerOf(context, id);
  return {
    sessionId,
    automatic: score.automatic,
    reviewed: score.reviewed,
    reviewedBy: score.reviewedBy.map(who),
    reviewedAt: score.reviewedAt,
    verdicts: records.flatMap((record) =>
      record.type === 'item.verdict'
        ? [{ itemId: record.itemId, before: record.before, after: record.after, reason: record.reason, by: who(record.by), at: record.at }]
        : [],
    ),
    comments: records.flatMap((record) =>
      record.type === 'review.comment'
        ? [{ itemId: record.itemId, seq: record.seq, text: record.text, by: who(record.by), at: record.at }]
        : [],
    ),
    release: release ? { by: who(release.by), at: release.at } : null,
    acknowledgedAt: records.findLast((record) => record.type === 'review.acknowledged')?.at ?? null,
    disputes: records.flatMap((record, index) => {
      if (record.type !== 'item.disputed') return [];
      // Answered by the first verdict on its item recorded after it, whatever that verdict says.
      const answer = records.slice(index + 1).find((later) => later.type === 'item.verdict' && later.itemId === record.itemId);
      return [{ itemId: record.itemId, text: record.text, by: who(record.by), at: record.at, answeredAt: answer?.at ?? null }];
    }),
  };
}
