import type { PublicUser } from '../../protocol/roles.js';
import type { ProgressEntry, ReviewedResult, SessionSummary } from '../../protocol/views.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from './reviewedScore.js';

/**
 * A session's reviewed score as this user may have it in a list, or null: a trainee gets it only once
 * the review is released to them; only reviewed sessions are scored again.
 */
export async function reviewedResultFor(context: AppContext, user: PublicUser, sessionId: string): Promise<ReviewedResult | null> {
  const reviewed = context.reviews.recordsOf(sessionId).some((record) => record.type === 'item.verdict');
  const release = context.reviews.releaseOf(sessionId);
  if (!reviewed || (!isObserver(user) && !release)) return null;
  const score = await reviewedScore(context, sessionId);
  if (!score?.reviewed || score.reviewedAt === null) return null;
  const nameOf = (id: string) => context.users.byId(id)?.displayName ?? id;
  return {
    percent: score.reviewed.percent,
    passed: score.reviewed.passed,
    reviewedBy: score.reviewedBy.map(nameOf).join(', '),
    reviewedAt: score.reviewedAt,
    releasedAt: release?.at ?? null,
    abilities: Object.fromEntries(
      score.reviewed.abilities.flatMap((ability) => (ability.percent === null ? [] : [[ability.code, ability.percent] as const])),
    ),
  };
}

/** Lists of sessions with the reviewed score beside the automatic one, so every list says which it shows. */
export async function withReviews(context: AppContext, user: PublicUser, summaries: SessionSummary[]): Promise<SessionSummary[]> {
  const withReview = async (summary: SessionSummary): Promise<SessionSummary> => {
    const review = await reviewedResultFor(context, user, summary.id);
    return review ? { ...summary, review } : summary;
  };
  return Promise.all(summaries.map(withReview));
}

/** A trainee's progress with each contact's reviewed score beside the automatic one, as this user may see it. */
export async function progressWithReviews(context: AppContext, user: PublicUser, entries: ProgressEntry[]): Promise<ProgressEntry[]> {
  const withReview = async (entry: ProgressEntry): Promise<ProgressEntry> => {
    if (entry.awaitingRelease && !isObserver(user)) return entry;
    const review = await reviewedResultFor(context, user, entry.sessionId);
    return review ? { ...entry, review } : entry;
  };
  return Promise.all(entries.map(withReview));
}
