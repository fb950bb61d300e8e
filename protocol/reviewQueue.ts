import { z } from 'zod';
import type { ReviewerRef } from './review.js';
import type { SessionSummary } from './views.js';

/**
 * Why a session waits in the assessors' queue, in the order the queue serves them: exams, then the
 * calls an instructor launched, then disputed reviews, then practice the assessor was asked to look at,
 * then the random sample of practice.
 */
export const queueReasons = ['exam', 'launched', 'dispute', 'requested', 'sample'] as const;
export type QueueReason = (typeof queueReasons)[number];

export interface QueueEntry {
  session: SessionSummary;
  reason: QueueReason;
  /** The assessor it is assigned to; null: any assessor may take it. */
  assignedTo: ReviewerRef | null;
  openDisputes: number;
}

export interface ReviewQueue {
  entries: QueueEntry[];
  /** Who a session can be assigned to. */
  assessors: ReviewerRef[];
  /** The share of practice sessions drawn for review, in percent. */
  samplePercent: number;
}

export const assignRequestSchema = z.strictObject({ assessorId: z.string().min(1).max(100) });
export type AssignRequest = z.infer<typeof assignRequestSchema>;

export interface ReviewQueueHttpApi {
  /** Assessors and admins: the sessions waiting for review, in the order they are served. */
  'GET /api/review-queue': { body: null; response: ReviewQueue };
  /** Assessors and admins: gives a session to one assessor (who must read its class). */
  'POST /api/sessions/:id/review/assign': { body: AssignRequest; response: QueueEntry };
}
