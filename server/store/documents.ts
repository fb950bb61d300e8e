import type { Role } from '../../protocol/roles.js';
import type { SessionFacts } from '../../protocol/views.js';
import type { CourseRecord } from '../course/courseRecordTypes.js';

export interface StoredUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  classId: string | null;
  passwordHash: string;
  /** Raised to end every login of the user at once (logout, password change, deactivation); absent is 0. */
  tokenVersion?: number;
  /** A password someone else chose (the first admin's): the user must change it at the next login. */
  mustChangePassword?: boolean;
  /** Still the demo password the README lists: accepted only while the lab runs in demo mode. */
  demoPassword?: boolean;
  /** A deactivated user can no longer log in. */
  deactivated?: boolean;
  /** A trainee's enrolment details (course/enrolment.ts): the tax code is unique among users. */
  taxCode?: string;
  email?: string;
}

export interface StoredClass {
  id: string;
  name: string;
  /** Scenarios the instructor opened to the class for self-practice. */
  openScenarios?: string[];
  /** The instructors who run the class: only they (and admins) launch to it, open its catalogue, see its roster. */
  instructorIds?: string[];
  /** When set, the only assessors who read the class's sessions; when absent, every assessor does. */
  assessorIds?: string[];
  /** The course's registration: its code with the Region, dates (YYYY-MM-DD) and planned hours. */
  courseCode?: string;
  startDate?: string | null;
  endDate?: string | null;
  plannedHours?: number;
  /** An archived class is kept with its history but leaves the launch lists. */
  archived?: boolean;
}

/** The index entry of a session; its events live in the session's own log. */
export interface SessionRecord extends SessionFacts {
  launchedBy: string;
  /** Percent per ability of the standard, kept at the end so progress needs no log replay. */
  abilities?: Record<string, number>;
  /** Launched by the trainee from the practice catalogue rather than by an instructor. */
  practice?: boolean;
  /** Launched in exam mode: the trainee's debrief waits for an assessor's release. */
  exam?: true;
  /** The kept scenario version (scenario-versions/<hash>.json) it is scored and replayed with; absent: the catalogue's. */
  scenarioHash?: string;
}

export interface LabDocuments {
  /** Signs session cookies; made on first start and kept, so logins survive a restart. */
  cookieSecret: string;
  users: StoredUser[];
  classes: StoredClass[];
  /**
   * Where the session index was kept before it had its own file (session-index.jsonl, see
   * server/store/sessionIndex.ts); moved there at the first start, then removed from here.
   */
  sessions?: SessionRecord[];
  /**
   * Where the course's records were kept before they had their own file (course-records.jsonl, see
   * server/course/courseLog.ts); moved there at the first start, then removed from here.
   */
  courseRecords?: CourseRecord[];
}

export const emptyDocuments = (): LabDocuments => ({ cookieSecret: '', users: [], classes: [] });
