import { parseCookie } from 'cookie';
import { sessionCookieName } from '../../protocol/http.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { StoredUser } from '../store/documents.js';
import { readToken } from './sessionToken.js';
import { tokenVersionOf, type UserStore } from './userStore.js';

export const publicUser = ({ id, username, displayName, role, classId, mustChangePassword }: StoredUser): PublicUser => ({
  id,
  username,
  displayName,
  role,
  classId,
  ...(mustChangePassword ? { mustChangePassword: true } : {}),
});

export interface LoginCheck {
  users: UserStore;
  cookieSecret: string;
  now: number;
  /** Demo accounts keep their well-known passwords only while the lab runs in demo mode. */
  demo: boolean;
}

/** Whether a stored user may be logged in at all: not deactivated, and no demo password outside demo mode. */
export const mayLogIn = (user: StoredUser, demo: boolean): boolean => !user.deactivated && (demo || !user.demoPassword);

/**
 * The user a request or a socket handshake belongs to, from its signed session cookie; null once
 * the cookie is expired or revoked (its token version is behind the user's).
 */
export function signedInUser(cookieHeader: string | undefined, check: LoginCheck): StoredUser | null {
  const token = cookieHeader ? parseCookie(cookieHeader)[sessionCookieName] : undefined;
  const claims = readToken(check.cookieSecret, token, check.now);
  const user = claims ? check.users.byId(claims.userId) : undefined;
  if (!claims || !user || claims.version !== tokenVersionOf(user) || !mayLogIn(user, check.demo)) return null;
  return user;
}
