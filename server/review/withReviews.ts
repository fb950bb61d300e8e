import type { PublicUser } from '../../protocol/roles.js';
import type { SessionSummary } from '../../protocol/views.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from './reviewedScore.js';

/**
 * Lists of sessions with the reviewed score beside the automatic one, so every list says which it shows.
 * A trainee gets a review only once it is released to them; only reviewed sessions are scored again.
 */
export async function withReviews(context: AppContext, user: PublicUser, summaries: SessionSummary[]): Promise<SessionSummary[]> {
  const nameOf = (id: string) => context.users.byId(id)?.displayName ?? id;
  const withReview = async (summary: SessionSummary): Promise<SessionSummary> => {
    const reviewed = context.reviews.recordsOf(summary.id).some((record) => record.type === 'item.verdict');
    if (!reviewed || (!isObserver(user) && !context.reviews.releaseOf(summary.id))) return summary;
    const score = await reviewedScore(context, summary.id);
    if (!score?.reviewed || score.reviewedAt === null) return summary;
    const review = {
      percent: score.reviewed.percent,
      passed: score.reviewed.passed,
      reviewedBy: score.reviewedBy.map(nameOf).join(', '),
      reviewedAt: score.reviewedAt,
    };
    return { ...summary, review };
  };
  return Promise.all(summaries.map(withReview));
}
