import type {
  ClassChange,
  ClassDetails,
  CourseClass,
  CourseDirectory,
  ImportOutcome,
  OneTimePassword,
  TraineeEnrolment,
  TraineeImportRequest,
} from './courseAccounts.js';

import type { AttendanceEntry, AttendanceRecordView, ClassRegister } from './courseAttendance.js';

/** The routes that run the course: classes and trainees' accounts (admin; instructors for their own classes). */
export interface CourseHttpApi {
  /** The classes the user runs, with their trainees; FORBIDDEN to trainees and assessors. */
  'GET /api/course/classes': { body: null; response: CourseDirectory };
  /** A new class (admin only). */
  'POST /api/course/classes': { body: ClassDetails; response: CourseClass };
  /** A class renamed, re-dated, re-staffed (admin only) or archived; its own instructors may change all but its staff. */
  'POST /api/course/classes/:id': { body: ClassChange; response: CourseClass };
  /** One trainee enrolled; the answer holds their one-time password. */
  'POST /api/course/trainees': { body: TraineeEnrolment; response: OneTimePassword };
  /** A CSV of trainees previewed, or saved all-or-nothing. */
  'POST /api/course/trainees/import': { body: TraineeImportRequest; response: ImportOutcome };
  /** A new one-time password for a user, who must change it at the next login (admin only). */
  'POST /api/course/users/:id/password-reset': { body: null; response: OneTimePassword };
  /** The user can no longer log in; every socket of theirs closes; their sessions stay (admin only). */
  'POST /api/course/users/:id/deactivate': { body: null; response: null };
  /** A class's register for a month (YYYY-MM): each trainee's hours per day and totals against the 80 % rule; as a CSV file at /register-csv/:month. */
  'GET /api/course/classes/:id/register/:month': { body: null; response: ClassRegister };
  /** An instructor's record of hours, an absence or credits (or a correction of one), appended to the class's records. */
  'POST /api/course/classes/:id/attendance': { body: AttendanceEntry; response: AttendanceRecordView };
}
