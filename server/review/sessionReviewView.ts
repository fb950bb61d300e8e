import type { ReviewerRef, SessionReviewView } from '../../protocol/review.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from './reviewedScore.js';

/** A user id as the review screens name it. */
export const reviewerOf = (context: Pick<AppContext, 'users'>, id: string): ReviewerRef => ({
  id,
  name: context.users.byId(id)?.displayName ?? id,
});

/** A session's review as the screens show it: both scores, who reviewed, the verdicts' and comments' history. */
export async function sessionReviewView(context: AppContext, sessionId: string): Promise<SessionReviewView | null> {
  const score = await reviewedScore(context, sessionId);
  if (!score) return null;
  const records = context.reviews.recordsOf(sessionId);
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
  };
}
