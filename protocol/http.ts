import { z } from 'zod';
import type { PublicUser } from './roles.js';
import type { ConsoleDirectory, Debrief, ProgressEntry, ScenarioSummary, SessionSummary } from './views.js';
import type { JoinedSession } from './socket.js';
import type { AuditEntry } from './audit.js';
import type { CalibrationHttpApi } from './calibration.js';
import type { CompetencyHttpApi } from './competency.js';
import type { KpiHttpApi } from './kpiTargets.js';
import type { ReviewHttpApi } from './review.js';
import type { ReviewQueueHttpApi } from './reviewQueue.js';
import type { CourseHttpApi } from './courseHttp.js';

/**
 * The HTTP API. Every response body is a `Result<T>` envelope (see result.ts), with the status code
 * matching the error code (400, 401, 403, 404, 409, 429, 500, 503).
 */
export const loginSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeSchema>;

export interface ClassView {
  id: string;
  name: string;
  trainees: { id: string; displayName: string }[];
  /** Scenario ids open to the class for self-practice. */
  openScenarios: string[];
}

/** What the admin page shows of the running lab. */
export interface LabStatus {
  /** The lab's release (package.json version). */
  version: string;
  uptimeMs: number;
  liveCalls: number;
  /** Users with at least one console open. */
  connectedUsers: number;
  /** Space on the data folder's disk; null if it could not be read. */
  disk: { freeBytes: number; totalBytes: number; lowBelowBytes: number } | null;
  /** Sessions whose log could not be read whole: listed with their readable events. */
  damagedSessions: SessionSummary[];
  /** Damaged logs that name no listed session (their launch could not be read). */
  unlistedDamagedLogs: number;
}

export interface HttpApi extends ReviewHttpApi, ReviewQueueHttpApi, CalibrationHttpApi, CourseHttpApi, CompetencyHttpApi, KpiHttpApi {
  'POST /api/auth/login': { body: LoginRequest; response: PublicUser };
  'POST /api/auth/logout': { body: null; response: null };
  /** Who is signed in; `null` for a visitor (not an error: every login page asks it). */
  'GET /api/auth/me': { body: null; response: PublicUser | null };
  /** A new password (FORBIDDEN if the current one is wrong); every other login of the user ends, this one gets a new cookie. */
  'POST /api/auth/password': { body: PasswordChangeRequest; response: PublicUser };
  /** Whether the lab runs in demo mode, for the login page to say so. */
  'GET /api/auth/mode': { body: null; response: { demo: boolean } };
  'GET /api/directory': { body: null; response: ConsoleDirectory };
  'GET /api/scenarios': { body: null; response: ScenarioSummary[] };
  'GET /api/classes': { body: null; response: ClassView[] };
  'GET /api/sessions': { body: null; response: SessionSummary[] };
  /** A trainee's practice catalogue: the scenarios their class has open. */
  'GET /api/practice': { body: null; response: ScenarioSummary[] };
  /** A trainee's finished contacts with their scores per ability; observers pass ?traineeId=. */
  'GET /api/progress': { body: null; response: ProgressEntry[] };
  'GET /api/sessions/:id': { body: null; response: JoinedSession };
  /** The score; to its trainee, an exam contact not yet released answers that its debrief is withheld. */
  'GET /api/sessions/:id/score': { body: null; response: Debrief };
  /** Who monitored, mirrored, whispered, paused, resumed or ended the call: assessors and admins only. */
  'GET /api/sessions/:id/audit': { body: null; response: AuditEntry[] };
  /** The lab's state for its administrator: FORBIDDEN to every other role. */
  'GET /api/admin/status': { body: null; response: LabStatus };
}

export const sessionCookieName = 'lab_session';
