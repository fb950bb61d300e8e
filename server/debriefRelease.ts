import type { PublicUser } from '../protocol/roles.js';
import type { Debrief, ProgressEntry, ScoreReport, SessionSummary, WithheldDebrief } from '../protocol/views.js';
import { isObserver } from './access.js';
import type { SessionRecord } from './store/documents.js';
import type { ReviewStore } from './store/reviewLog.js';

/**
 * An exam contact's result stays with the assessors until one of them releases it: a debrief after
 * every exam call would teach the rubric of a scenario the next trainee is examined on.
 */
export const awaitsRelease = (reviews: Pick<ReviewStore, 'releaseOf'>, record: SessionRecord) =>
  record.exam === true && record.status === 'ended' && reviews.releaseOf(record.id) === undefined;

export const withheldDebrief = (record: SessionRecord): WithheldDebrief => ({
  state: 'awaitingRelease',
  sessionId: record.id,
  endedAt: record.endedAt,
});

/** The debrief as the session's trainee may have it now; observers always get the score. */
export function debriefFor(
  user: PublicUser | 'trainee',
  reviews: Pick<ReviewStore, 'releaseOf'>,
  record: SessionRecord,
  score: ScoreReport,
): Debrief {
  const observer = user !== 'trainee' && isObserver(user);
  return !observer && awaitsRelease(reviews, record) ? withheldDebrief(record) : score;
}

/** A session summary or progress entry as this user may see it: a trainee's unreleased exam shows no result. */
export function withResultFor<T extends SessionSummary | ProgressEntry>(user: PublicUser, entry: T): T {
  if (isObserver(user) || !entry.awaitingRelease) return entry;
  const hidden = { ...entry, percent: null, passed: null };
  return 'abilities' in hidden ? { ...hidden, abilities: {} } : hidden;
}
