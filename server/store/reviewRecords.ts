import { z } from 'zod';

const verdict = z.enum(['met', 'missed', 'notApplicable']);
/** What an item was before a verdict: also `byHand`, an item no assessor had judged yet. */
const verdictBefore = z.enum(['met', 'missed', 'notApplicable', 'byHand']);
const base = { sessionId: z.string(), by: z.string(), at: z.number() };

/**
 * The kinds of record reviews.jsonl holds, each checked when the file is read back: a line that
 * matches none is named in the log and ignored, never guessed at.
 */
export const reviewRecordSchema = z.discriminatedUnion('type', [
  /** A session's (reviewed) debrief released to its trainee. */
  z.object({ type: z.literal('session.released'), ...base }),
  /** An assessor confirmed (before = after) or changed the verdict of one rubric item, and why. */
  z.object({ type: z.literal('item.verdict'), ...base, itemId: z.string(), before: verdictBefore, after: verdict, reason: z.string() }),
  /** A comment on the session, on one item, or pinned to one moment (seq) of the timeline. */
  z.object({
    type: z.literal('review.comment'),
    ...base,
    itemId: z.string().nullable(),
    seq: z.number().int().nullable(),
    text: z.string(),
  }),
  /** One assessor's blind calibration verdicts on every item of the session, given once. */
  z.object({ type: z.literal('calibration.submitted'), ...base, verdicts: z.record(z.string(), verdict) }),
  /** A session given to one assessor to review. */
  z.object({ type: z.literal('review.assigned'), ...base, assessorId: z.string() }),
  /** The trainee read the released review and accepts it. */
  z.object({ type: z.literal('review.acknowledged'), ...base }),
  /** The trainee disputes one item of the released review: it goes back to the assessors. */
  z.object({ type: z.literal('item.disputed'), ...base, itemId: z.string(), text: z.string() }),
]);

export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type ReleaseRecord = Extract<ReviewRecord, { type: 'session.released' }>;
export type VerdictRecord = Extract<ReviewRecord, { type: 'item.verdict' }>;
export type CommentRecord = Extract<ReviewRecord, { type: 'review.comment' }>;
export type DisputeRecord = Extract<ReviewRecord, { type: 'item.disputed' }>;
export type CalibrationRecord = Extract<ReviewRecord, { type: 'calibration.submitted' }>;
