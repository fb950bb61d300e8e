import type { DocumentStore } from '../store/documentStore.js';
import type { StoredUser } from '../store/documents.js';
import { normaliseUsername } from './username.js';

export type LoginsRevoked = (userId: string) => void;

/**
 * The lab's users, as the handlers reach them: lookups by id and by the username as typed, and the
 * changes that end a user's logins. Each of those raises the user's token version, so every cookie
 * issued before stops working, and tells its listeners (the socket gateway closes the user's sockets).
 */
export class UserStore {
  readonly #revokedListeners = new Set<LoginsRevoked>();

  constructor(private readonly documents: DocumentStore) {}

  all(): readonly StoredUser[] {
    return this.documents.data.users;
  }

  byId(id: string): StoredUser | undefined {
    return this.documents.data.users.find((user) => user.id === id);
  }

  /** The account a login names, found by the same normalised form the login limit counts. */
  byUsername(typed: string): StoredUser | undefined {
    const wanted = normaliseUsername(typed);
    return this.documents.data.users.find((user) => normaliseUsername(user.username) === wanted);
  }

  async add(users: StoredUser[]): Promise<void> {
    await this.documents.update((data) => void data.users.push(...users));
  }

  /** Ends every login of the user, on every device (logout). */
  revokeLogins(userId: string): Promise<void> {
    return this.#changeAndRevoke(userId, () => undefined);
  }

  /** A new password: earlier logins end, and neither the must-change nor the demo flag holds any more. */
  setPassword(userId: string, passwordHash: string): Promise<void> {
    return this.#changeAndRevoke(userId, (user) => {
      user.passwordHash = passwordHash;
      delete user.mustChangePassword;
      delete user.demoPassword;
    });
  }

  /** A one-time password the admin hands over: earlier logins end, and the user must choose their own at the next login. */
  resetPassword(userId: string, passwordHash: string): Promise<void> {
    return this.#changeAndRevoke(userId, (user) => {
      user.passwordHash = passwordHash;
      user.mustChangePassword = true;
      delete user.demoPassword;
    });
  }

  deactivate(userId: string): Promise<void> {
    return this.#changeAndRevoke(userId, (user) => void (user.deactivated = true));
  }

  onLoginsRevoked(listener: LoginsRevoked): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  async #changeAndRevoke(userId: string, change: (user: StoredUser) => void): Promise<void> {
    await this.documents.update((data) => {
      const user = data.users.find((candidate) => candidate.id === userId);
      if (!user) return;
      change(user);
      user.tokenVersion = tokenVersionOf(user) + 1;
    });
    for (const listener of this.#revokedListeners) listener(userId);
  }
}

export const tokenVersionOf = (user: StoredUser): number => user.tokenVersion ?? 0;
