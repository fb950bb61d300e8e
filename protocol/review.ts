import { z } from 'zod';
import type { ScoreReport } from './views.js';
import { itemVerdicts, reviewTextLimit, type ItemStatus, type ItemVerdict } from './reviewWords.js';

/**
 * The assessor's review of a finished session, over HTTP. Reviews are records of their own
 * (reviews.jsonl), never a rewrite of the session's log: the automatic score stays beside the reviewed one.
 */
const reviewText = z.string().trim().min(1).max(reviewTextLimit);
const itemId = z.string().min(1).max(100);

/** Confirm (the same verdict) or change one rubric item's verdict; the reason is always required. */
export const verdictRequestSchema = z.strictObject({ itemId, verdict: z.enum(itemVerdicts), reason: reviewText });
export type VerdictRequest = z.infer<typeof verdictRequestSchema>;

/** A comment on the session, on one item, or pinned to one moment (event seq) of the timeline. */
export const commentRequestSchema = z.strictObject({
  itemId: itemId.nullable().default(null),
  seq: z.number().int().min(1).max(1_000_000).nullable().default(null),
  text: reviewText,
});
export type CommentRequest = z.input<typeof commentRequestSchema>;

/** The trainee disputes one item of their released review, saying why: it goes back to the assessors. */
export const disputeRequestSchema = z.strictObject({ itemId, text: reviewText });
export type DisputeRequest = z.infer<typeof disputeRequestSchema>;

/** The trainee's acknowledgement carries nothing but itself. */
export const acknowledgeRequestSchema = z.strictObject({});

/** Who did something in a review, by name as the screens show them. */
export interface ReviewerRef {
  id: string;
  name: string;
}

export interface VerdictChange {
  itemId: string;
  before: ItemStatus;
  after: ItemVerdict;
  reason: string;
  by: ReviewerRef;
  at: number;
}

export interface ReviewComment {
  itemId: string | null;
  seq: number | null;
  text: string;
  by: ReviewerRef;
  at: number;
}

export interface DisputeView {
  itemId: string;
  text: string;
  by: ReviewerRef;
  at: number;
  /** When an assessor answered it with a verdict on the item (confirmed or changed); null while it is open. */
  answeredAt: number | null;
}

/**
 * A session's review: the automatic score, the reviewed one (null until an assessor confirmed or
 * changed an item), who reviewed it and when, and its history, oldest first.
 */
export interface SessionReviewView {
  sessionId: string;
  automatic: ScoreReport;
  reviewed: ScoreReport | null;
  reviewedBy: ReviewerRef[];
  reviewedAt: number | null;
  verdicts: VerdictChange[];
  comments: ReviewComment[];
  /** Released to the trainee: by whom and when; null while only the assessors see it. */
  release: { by: ReviewerRef; at: number } | null;
  /** The trainee's acknowledgement of the released review. */
  acknowledgedAt: number | null;
  disputes: DisputeView[];
}

export interface ReviewHttpApi {
  /** Observers who read the session; its trainee once the review is released to them (null before: nothing to read yet). */
  'GET /api/sessions/:id/review': { body: null; response: SessionReviewView | null };
  /** Assessors only, on an ended session: the review as it is after the verdict. */
  'POST /api/sessions/:id/review/verdicts': { body: VerdictRequest; response: SessionReviewView };
  'POST /api/sessions/:id/review/comments': { body: CommentRequest; response: SessionReviewView };
  /** The session's own trainee, once released: they accept the review. */
  'POST /api/sessions/:id/review/acknowledge': { body: Record<string, never>; response: SessionReviewView };
  /** The session's own trainee, once released: they dispute one item, which goes back to the assessors' queue. */
  'POST /api/sessions/:id/review/disputes': { body: DisputeRequest; response: SessionReviewView };
}
