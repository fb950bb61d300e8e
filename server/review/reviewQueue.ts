import { createHash } from 'node:crypto';
import { queueReasons, type QueueEntry, type QueueReason } from '../../protocol/reviewQueue.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { publicUser } from '../auth/currentUser.js';
import { canViewSession, classOfTrainee, readsClass } from '../classScope.js';
import type { SessionRecord } from '../store/documents.js';
import type { ReviewRecord } from '../store/reviewRecords.js';
import { reviewerOf } from './sessionReviewView.js';

/** One practice session in five is drawn for review. */
export const samplePercent = 20;

/**
 * Whether a practice session is in the sample: drawn from its id's hash, so the draw is random across
 * sessions (ids are random) yet the same at every reload and on every assessor's screen.
 */
export const inSample = (sessionId: string, percent = samplePercent): boolean =>
  createHash('sha256').update(sessionId).digest().readUInt32BE(0) % 100 < percent;

/** Disputes the assessors have not answered yet with a verdict on their item. */
export function openDisputes(records: readonly ReviewRecord[]): number {
  return records.filter(
    (record, index) =>
      record.type === 'item.disputed' &&
      !records.slice(index + 1).some((later) => later.type === 'item.verdict' && later.itemId === record.itemId),
  ).length;
}

/**
 * Why a finished session waits for review, or null when it does not (reviewed, never answered, not drawn).
 * A session reviewed in part still waits while an item its scenario leaves to be judged by hand has no verdict.
 */
export function queueReason(
  record: SessionRecord,
  records: readonly ReviewRecord[],
  byHandItems: readonly string[] = [],
): QueueReason | null {
  if (record.status !== 'ended' || record.notAnswered) return null;
  if (openDisputes(records) > 0) return 'dispute';
  const judged = (itemId: string) => records.some((review) => review.type === 'item.verdict' && review.itemId === itemId);
  if (records.some((review) => review.type === 'item.verdict') && byHandItems.every(judged)) return null;
  if (record.exam) return 'exam';
  if (!record.practice) return 'launched';
  if (records.some((review) => review.type === 'review.assigned')) return 'requested';
  return inSample(record.id) ? 'sample' : null;
}

/** The assessor a session is assigned to now: the latest assignment wins. */
export const assigneeOf = (records: readonly ReviewRecord[]): string | null =>
  records.findLast((record) => record.type === 'review.assigned')?.assessorId ?? null;

/** The queue as this user sees it: the sessions of the classes they read, in the order they are served, oldest first. */
export function reviewQueueFor(context: AppContext, user: PublicUser): QueueEntry[] {
  const directory = context.documents.data;
  const entries = context.sessions.all().flatMap((record) => {
    if (!canViewSession(user, record, directory)) return [];
    const records = context.reviews.recordsOf(record.id);
    const byHand = context.registry.scenarioOf(record)?.rubric.flatMap((item) => (item.byHand ? [item.id] : [])) ?? [];
    const reason = queueReason(record, records, byHand);
    if (!reason) return [];
    const assignee = assigneeOf(records);
    return [
      {
        session: context.registry.summary(record),
        reason,
        assignedTo: assignee ? reviewerOf(context, assignee) : null,
        openDisputes: openDisputes(records),
      },
    ];
  });
  const rank = (entry: QueueEntry) => queueReasons.indexOf(entry.reason);
  return entries.sort((a, b) => rank(a) - rank(b) || (a.session.endedAt ?? 0) - (b.session.endedAt ?? 0));
}

/** The assessors who may take a session: those who read its trainee's class. */
export function assessorsFor(context: AppContext, traineeId?: string) {
  const directory = context.documents.data;
  const group = traineeId ? classOfTrainee(directory, traineeId) : undefined;
  return directory.users
    .filter((user) => user.role === 'assessor')
    .filter((user) => !traineeId || readsClass(publicUser(user), group))
    .map((user) => reviewerOf(context, user.id));
}
