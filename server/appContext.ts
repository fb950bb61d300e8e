import type { PublicUser } from '../protocol/roles.js';
import type { CompanyDesk } from '../scenarios/company/desk.js';
import type { Clock } from './clock.js';
import type { Presence } from './runtime/presence.js';
import type { SessionRegistry } from './runtime/sessionRegistry.js';
import type { ScenarioCatalog } from './scenarioCatalog.js';
import type { DocumentStore } from './store/documentStore.js';
import type { EventLogStore } from './store/eventLog.js';
import type { SessionIndex } from './store/sessionIndex.js';

/** What the HTTP routes and socket handlers share. */
export interface AppContext {
  documents: DocumentStore;
  sessions: SessionIndex;
  log: EventLogStore;
  clock: Clock;
  desk: CompanyDesk;
  catalog: ScenarioCatalog;
  registry: SessionRegistry;
  presence: Presence;
  secureCookies: boolean;
  dummyPasswordHash: string;
  userOf(cookieHeader: string | undefined): PublicUser | null;
}
