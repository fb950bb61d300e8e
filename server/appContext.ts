import type { PublicUser } from '../protocol/roles.js';
import type { Company } from '../scenarios/company/company.js';
import type { Clock } from './clock.js';
import type { Presence } from './runtime/presence.js';
import type { SessionRegistry } from './runtime/sessionRegistry.js';
import type { ScenarioCatalog } from './scenarioCatalog.js';
import type { DocumentStore } from './store/documentStore.js';
import type { EventLogStore } from './store/eventLog.js';

/** What the HTTP routes and socket handlers share. */
export interface AppContext {
  documents: DocumentStore;
  log: EventLogStore;
  clock: Clock;
  company: Company;
  catalog: ScenarioCatalog;
  registry: SessionRegistry;
  presence: Presence;
  secureCookies: boolean;
  dummyPasswordHash: string;
  userOf(cookieHeader: string | undefined): PublicUser | null;
}
