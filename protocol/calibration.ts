import { z } from 'zod';
import type { ReviewerRef } from './review.js';
import { itemVerdicts, type ItemStatus, type ItemVerdict } from './reviewWords.js';
import type { Localized } from './views.js';

/**
 * Calibration: assessors review the same session blind, each giving every item a verdict once; no one
 * sees another's verdicts until at least two have given theirs. Kept apart from the review itself:
 * a calibration never changes the session's reviewed score.
 */
export const calibrationRequestSchema = z.strictObject({
  verdicts: z
    .array(z.strictObject({ itemId: z.string().min(1).max(100), verdict: z.enum(itemVerdicts) }))
    .min(1)
    .max(100),
});
export type CalibrationRequest = z.infer<typeof calibrationRequestSchema>;

export interface CalibrationItem {
  itemId: string;
  label: Localized;
  automatic: ItemStatus;
  /** Each assessor's verdict, by assessor id. */
  verdicts: Record<string, ItemStatus>;
  /** The share of pairs of assessors who agree on it, in percent (100 with two who agree, 0 with two who differ). */
  agreementPercent: number;
}

export interface CalibrationComparison {
  assessors: ReviewerRef[];
  items: CalibrationItem[];
  /** Agreement over every item and pair, in percent. */
  agreementPercent: number;
  /** The items they differ on: what to discuss. */
  differences: string[];
}

export interface CalibrationView {
  sessionId: string;
  /** Who has given their blind verdicts (names only, never what they said, until the comparison opens). */
  submittedBy: ReviewerRef[];
  /** The asking assessor's own verdicts, once given. */
  mine: Record<string, ItemVerdict> | null;
  /** Open once two assessors have given theirs (and, to an assessor taking part, once they have too). */
  comparison: CalibrationComparison | null;
}

export interface CalibrationHttpApi {
  /** Assessors, instructors and admins who read the session. */
  'GET /api/sessions/:id/calibration': { body: null; response: CalibrationView };
  /** Assessors only, once each, on an ended session, with a verdict for every rubric item. */
  'POST /api/sessions/:id/calibration': { body: CalibrationRequest; response: CalibrationView };
}
