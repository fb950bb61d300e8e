import type { AttendanceEntry } from '../../protocol/courseAttendance.js';

/** The shapes of the course's append-only records, kept in lab.json (see courseRecords.ts). */
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
}

export type CourseRecord = AttendanceRecord | ConsoleTimeRecord;
