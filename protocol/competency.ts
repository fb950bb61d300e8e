import { z } from 'zod';
import { competencyModes, type CompetencyMode } from './competencyWords.js';

export type { CompetencyMode };

/**
 * The competency record of a class: its trainees × the abilities of the standard, each cell the mean
 * final percent (the reviewed score when an assessor reviewed the session, else the automatic) of
 * that ability over the sessions in a date range, with the sessions behind it.
 */

/** A real calendar day (2026-13-45 matches the shape but is no day). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as yyyy-mm-dd')
  .refine((text) => {
    const time = Date.parse(`${text}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
  }, 'a day of the calendar');

/** The query of the matrix: days inclusive, as days in Rome (the course's); `mode` picks practice, instructor-assigned or exam sessions. */
export const competencyQuerySchema = z
  .strictObject({
    from: day.optional(),
    to: day.optional(),
    mode: z.enum(competencyModes).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: '`from` must not be after `to`' });
export type CompetencyQuery = z.infer<typeof competencyQuerySchema>;

export interface CompetencySession {
  sessionId: string;
  scenarioId: string;
  launchedAt: number;
  mode: Exclude<CompetencyMode, 'all'>;
  percent: number;
  source: 'automatic' | 'reviewed';
  /** Who confirmed or changed its items, when `source` is reviewed: the screens say who. */
  reviewedBy?: string;
}

export interface CompetencyCell {
  /** Mean percent, rounded to one decimal; null when no session in range assessed the ability. */
  level: number | null;
  count: number;
  sessions: CompetencySession[];
}

export interface CompetencyRow {
  traineeId: string;
  displayName: string;
  /** One cell per ability code, in the standard's order. */
  cells: Record<string, CompetencyCell>;
  /** The trainee over time: each scored session in range, oldest first, with its final percent overall. */
  progress: CompetencySession[];
}

export interface CompetencyMatrix {
  classId: string;
  className: string;
  from: string | null;
  to: string | null;
  mode: CompetencyMode;
  abilities: string[];
  rows: CompetencyRow[];
}

export interface CompetencyHttpApi {
  /** Instructors of the class, its assessors and admins; ?from=&to=&mode= (see competencyQuerySchema). */
  'GET /api/classes/:id/competency': { body: null; response: CompetencyMatrix };
}
