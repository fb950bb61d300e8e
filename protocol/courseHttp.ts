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

import type {
  CheckCall,
  CheckReport,
  CheckSchedule,
  CheckSignOff,
  CheckView,
  QuizAnswers,
  SignedCheck,
  TraineeCheck,
} from './courseChecks.js';

import type { AdmissionList } from './courseAdmission.js';

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
  /** A UF check scheduled for a class (whoever runs it). */
  'POST /api/course/checks': { body: CheckSchedule; response: CheckView };
  /** The checks of a class: to who runs it and to its assessors. */
  'GET /api/course/classes/:id/checks': { body: null; response: CheckView[] };
  /** A check's report: every trainee, who sat, results per ability and knowledge code, signatures. */
  'GET /api/course/checks/:id/report': { body: null; response: CheckReport };
  /** A trainee's checks: those of their class open now, or that they sat; questions without answers. */
  'GET /api/course/my-checks': { body: null; response: TraineeCheck[] };
  'POST /api/course/checks/:id/start': { body: null; response: TraineeCheck };
  /** The check's next call, in exam mode, to the trainee sitting it. */
  'POST /api/course/checks/:id/call': { body: CheckCall; response: { sessionId: string } };
  /** The quiz handed in: it ends the sitting. */
  'POST /api/course/checks/:id/quiz': { body: QuizAnswers; response: TraineeCheck };
  /** An assessor signs a trainee's check off; a signed check is locked, a correction names the signature it replaces. */
  'POST /api/course/checks/:id/signoff': { body: CheckSignOff; response: SignedCheck };
  /** Who is admitted to the final exam and why not (as a CSV file at /admission-csv): to who runs the class and its assessors. */
  'GET /api/course/classes/:id/admission': { body: null; response: AdmissionList };
}
