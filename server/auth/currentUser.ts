import { parseCookie } from 'cookie';
import { sessionCookieName } from '../../protocol/http.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { DocumentStore } from '../store/documentStore.js';
import type { StoredUser } from '../store/documents.js';
import { readToken } from './sessionToken.js';

export const publicUser = ({ id, username, displayName, role, classId }: StoredUser): PublicUser => ({
  id,
  username,
  displayName,
  role,
  classId,
});

/** The user a request or a socket handshake belongs to, from its signed session cookie. */
export function userFromCookies(cookieHeader: string | undefined, documents: DocumentStore, now: number): PublicUser | null {
  const token = cookieHeader ? parseCookie(cookieHeader)[sessionCookieName] : undefined;
  const userId = readToken(documents.data.cookieSecret, token, now);
  const user = userId ? documents.data.users.find((candidate) => candidate.id === userId) : undefined;
  return user ? publicUser(user) : null;
}
