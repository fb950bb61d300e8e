import { z } from 'zod';
import { isoDaySchema } from './courseAccounts.js';

import { attendanceKinds } from './attendanceKinds.js';

/**
 * One record, appended and never changed: a correction is a new record naming the one it replaces
 * (`corrects`); 0 hours withdraws it. An absence's hours are the hours of the course the trainee missed.
 */
export const attendanceEntrySchema = z.object({
  traineeId: z.string().min(1).max(80),
  kind: z.enum(attendanceKinds),
  day: isoDaySchema,
  hours: z.number().min(0).max(300).multipleOf(0.25),
  note: z.string().trim().max(300),
  corrects: z.string().min(1).max(80).optional(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

export const registerMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/** A record as the register lists it, with who made it and when. */
export interface AttendanceRecordView extends AttendanceEntry {
  id: string;
  traineeName: string;
  by: string;
  byName: string;
  at: number;
  /** A later record corrects this one: it no longer counts. */
  superseded: boolean;
}

/** One trainee's day in the register, in hours. */
export interface RegisterDay {
  /** Logged-in time in the lab's console, counted by the lab itself. */
  lab: number;
  /** Of the lab time, time in calls. */
  calls: number;
  lesson: number;
  internship: number;
  /** Hours missed (an absence recorded by an instructor). */
  absent: number;
}

export type AttendanceStanding = 'reached' | 'onTrack' | 'atRisk';

/** A trainee's hours against the course's: the 80 % rule on the hours due once credits are recognised. */
export interface AttendanceTotals {
  attended: number;
  lab: number;
  calls: number;
  lesson: number;
  internship: number;
  absent: number;
  credits: number;
  /** The course's hours less the credits. */
  due: number;
  /** The share of `due` the standard asks for. */
  required: number;
  /** The most the trainee can still reach: `due` less the hours missed. */
  reachable: number;
  standing: AttendanceStanding;
}

export interface RegisterRow {
  traineeId: string;
  displayName: string;
  deactivated: boolean;
  days: Record<string, RegisterDay>;
  month: RegisterDay;
  totals: AttendanceTotals;
}

export interface ClassRegister {
  classId: string;
  className: string;
  courseCode: string;
  month: string;
  /** Every day of the month, YYYY-MM-DD. */
  days: string[];
  plannedHours: number;
  /** The standard's minimum share of attendance (0.8). */
  minimumAttendance: number;
  rows: RegisterRow[];
  records: AttendanceRecordView[];
}
