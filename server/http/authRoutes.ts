import type { Router } from 'express';
import { stringifySetCookie } from 'cookie';
import { loginSchema, passwordChangeSchema, sessionCookieName } from '../../protocol/http.js';
import { passwordRefusal } from '../../protocol/passwordRules.js';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import { mayLogIn, publicUser } from '../auth/currentUser.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { passwordProblem } from '../auth/passwordPolicy.js';
import { issueToken, loginLifetimeMs } from '../auth/sessionToken.js';
import { tokenVersionOf } from '../auth/userStore.js';
import { normaliseUsername } from '../auth/username.js';
import type { StoredUser } from '../store/documents.js';
import type { AppContext } from '../appContext.js';
import { apiRouter } from './apiRouter.js';

export function authRoutes(context: AppContext): Router {
  const api = apiRouter('/api/auth');
  const cookie = (value: string, maxAgeMs: number) =>
    stringifySetCookie({
      name: sessionCookieName,
      value,
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      maxAge: Math.floor(maxAgeMs / 1000),
      secure: context.secureCookies,
    });
  const loginCookie = (user: StoredUser) =>
    cookie(issueToken(context.documents.data.cookieSecret, user.id, context.clock.now(), tokenVersionOf(user)), loginLifetimeMs);

  api.post('/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const user = context.users.byUsername(parsed.data.username);
    // Hash even for unknown names, so timing does not tell which usernames exist.
    const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? context.dummyPasswordHash);
    if (!user || !valid || !mayLogIn(user, context.demo)) {
      // The name as it is looked up, never the password: a guesser's tries show up under one name.
      req.log.warn({ username: normaliseUsername(parsed.data.username), knownUser: Boolean(user) }, 'failed login');
      return fail('UNAUTHENTICATED', 'Wrong username or password.', { reason: 'wrongCredentials' });
    }
    res.setHeader('Set-Cookie', loginCookie(user));
    req.log.info({ userId: user.id, username: user.username, role: user.role }, 'login');
    return ok(publicUser(user));
  });

  // Logging out ends every login of the user at once (their cookies and open sockets), not just this tab's.
  api.post('/logout', async (req, res) => {
    const user = context.signedIn(req.headers.cookie);
    res.setHeader('Set-Cookie', cookie('', 0));
    try {
      if (user) await context.users.revokeLogins(user.id);
    } catch (error) {
      return fail('STORAGE_FAILED', `The logout was not saved: ${(error as Error).message}`);
    }
    return ok(null);
  });

  // Open to a user who must change their password: it is the one thing they may do.
  api.post('/password', async (req, res) => {
    const user = context.signedIn(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    const parsed = passwordChangeSchema.safeParse(req.body);
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const { currentPassword, newPassword } = parsed.data;
    if (!(await verifyPassword(currentPassword, user.passwordHash))) return fail('FORBIDDEN', 'The current password is wrong.');
    const problem = passwordProblem(newPassword, user.username);
    if (problem) return fail('BAD_REQUEST', passwordRefusal(problem));
    try {
      await context.users.setPassword(user.id, await hashPassword(newPassword));
    } catch (error) {
      return fail('STORAGE_FAILED', `The new password was not saved: ${(error as Error).message}`);
    }
    const changed = context.users.byId(user.id) ?? user;
    res.setHeader('Set-Cookie', loginCookie(changed));
    return ok(publicUser(changed));
  });

  api.get('/mode', () => ok({ demo: context.demo }));

  // A visitor is an answer, not an error: the login page asks on every load, and a 401 there
  // would show up as an error in the browser's console.
  api.get('/me', (req) => {
    const user = context.signedIn(req.headers.cookie);
    return ok(user ? publicUser(user) : null);
  });
  return api.router;
}
