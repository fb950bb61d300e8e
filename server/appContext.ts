import type { PublicUser } from '../protocol/roles.js';
import type { UserStore } from './auth/userStore.js';
import type { CompanyDesk } from '../scenarios/company/desk.js';
import type { Clock } from './clock.js';
import type { Presence } from './runtime/presence.js';
import type { CallQueue } from './queue/callQueue.js';
import type { SessionRegistry } from './runtime/sessionRegistry.js';
import type { ScenarioCatalog } from './scenarioCatalog.js';
import type { DocumentStore } from './store/documentStore.js';
import type { EventLogStore } from './store/eventLog.js';
import type { StoredUser } from './store/documents.js';
import type { SessionIndex } from './store/sessionIndex.js';
import type { ReviewStore } from './store/reviewLog.js';
import type { WatchAudit } from './audit/watchAudit.js';
import type { CourseLog } from './course/courseLog.js';

/** What the HTTP routes and socket handlers share. */
export interface AppContext {
  documents: DocumentStore;
  sessions: SessionIndex;
  log: EventLogStore;
  clock: Clock;
  desk: CompanyDesk;
  catalog: ScenarioCatalog;
  registry: SessionRegistry;
  /** The assessors' append-only records (releases of exam debriefs). */
  reviews: ReviewStore;
  presence: Presence;
  /** The class queues and their automatic call distributor. */
  queue: CallQueue;
  /** The course's append-only records: attendance, console time, checks, sign-offs, class changes. */
  course: CourseLog;
  /** Who monitored or mirrored which call (audit.jsonl). */
  audit: WatchAudit;
  users: UserStore;
  secureCookies: boolean;
  /** Demo mode (LAB_DEMO=1): the demo accounts' well-known passwords are accepted. */
  demo: boolean;
  dummyPasswordHash: string;
  /** Whoever the cookie logs in, even a user who must change their password first (the auth routes). */
  signedIn(cookieHeader: string | undefined): StoredUser | null;
  /** The user the lab serves: logged in, and with no password change pending. */
  userOf(cookieHeader: string | undefined): PublicUser | null;
}
