import { z } from 'zod';
import type { KpiName } from './competencyWords.js';

export type { KpiName };

/**
 * The call-centre KPIs a class is held to, set by its instructor: durations in milliseconds (at most
 * an hour), first-contact resolution as the least share of calls, in percent.
 */
const duration = z.number().int().min(0).max(3_600_000);
export const kpiTargetsSchema = z.strictObject({
  answerWithinMs: duration,
  handleWithinMs: duration,
  holdWithinMs: duration,
  afterCallWithinMs: duration,
  firstContactPercent: z.number().min(0).max(100),
});
export type KpiTargets = z.infer<typeof kpiTargetsSchema>;

/** A figure against its target: `met` is null when there is no target yet or no call to measure. */
export interface KpiFigure {
  value: number | null;
  target: number | null;
  met: boolean | null;
}

export type KpiFigures = Record<KpiName, KpiFigure> & { calls: number };

export interface ClassKpis {
  classId: string;
  from: string | null;
  to: string | null;
  targets: KpiTargets | null;
  setBy: string | null;
  setAt: number | null;
  /** The whole class's calls together, then each trainee's. */
  overall: KpiFigures;
  trainees: { traineeId: string; displayName: string; figures: KpiFigures }[];
}

export interface KpiHttpApi {
  /** Means over the answered, ended calls in range (?from=&to=&mode=): instructors of the class, assessors, admins. */
  'GET /api/classes/:id/kpis': { body: null; response: ClassKpis };
  /** New targets, kept append-only with who and when; the latest counts. The instructors of the class only. */
  'POST /api/classes/:id/kpi-targets': { body: KpiTargets; response: ClassKpis };
}
