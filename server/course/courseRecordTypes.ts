import type { AttendanceEntry } from '../../protocol/courseAttendance.js';

/** The shapes of the course's append-only records, kept in course-records.jsonl (see courseLog.ts). */
/** An instructor's attendance record: who recorded it and when. */
export interface AttendanceRecord extends AttendanceEntry {
  type: 'attendance';
  id: string;
  by: string;
  at: number;
}

/** A stretch of time a trainee had the console open, noted by the lab when their last socket closed. */
export interface ConsoleTimeRecord {
  type: 'console';
  traineeId: string;
  from: number;
  to: number;
  /** The lab noted it ('lab'), and when; absent on stretches noted before course records had their own file. */
  by?: string;
  at?: number;
}

/** A class made or changed (its current state stays in lab.json): the history of who changed what, and when. */
export interface ClassChangeRecord {
  type: 'class';
  classId: string;
  change: Record<string, unknown>;
  by: string;
  at: number;
}

export type CourseRecord = AttendanceRecord | ConsoleTimeRecord | CheckRecord | CheckStepRecord | CheckSignOffRecord | ClassChangeRecord;

/** A check scheduled by an instructor (course/checks.ts); its questions are drawn once, the same for the whole class. */
export interface CheckRecord {
  type: 'check';
  id: string;
  classId: string;
  unit: 'UF1' | 'UF2';
  scenarioIds: string[];
  opensAt: number;
  closesAt: number;
  questionIds: string[];
  by: string;
  at: number;
}

/** A trainee's step in a check: start, one call launched, the quiz handed in (which ends the sitting). */
export type CheckStepRecord =
  | { type: 'check.started'; checkId: string; traineeId: string; at: number }
  | { type: 'check.call'; checkId: string; traineeId: string; scenarioId: string; sessionId: string; at: number }
  | { type: 'check.quiz'; checkId: string; traineeId: string; answers: Record<string, number>; at: number };

export interface CheckSignOffRecord {
  type: 'check.signoff';
  id: string;
  checkId: string;
  traineeId: string;
  passed: boolean;
  date: string;
  note: string;
  evidence: string[];
  corrects?: string;
  by: string;
  at: number;
}
