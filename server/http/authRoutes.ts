import { Router } from 'express';
import { stringifySetCookie } from 'cookie';
import { loginSchema, passwordChangeSchema, passwordRefusal, sessionCookieName } from '../../protocol/http.js';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import { mayLogIn, publicUser } from '../auth/currentUser.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { passwordProblem } from '../auth/passwordPolicy.js';
import { issueToken, loginLifetimeMs } from '../auth/sessionToken.js';
import { tokenVersionOf } from '../auth/userStore.js';
import type { StoredUser } from '../store/documents.js';
import type { AppContext } from '../appContext.js';
import { respond } from './respond.js';

export function authRoutes(context: AppContext): Router {
  const router = Router();
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

  router.post('/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) return respond(res, fail('BAD_REQUEST', describeZodError(parsed.error)));
    const user = context.users.byUsername(parsed.data.username);
    // Hash even for unknown names, so timing does not tell which usernames exist.
    const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? context.dummyPasswordHash);
    if (!user || !valid || !mayLogIn(user, context.demo)) return respond(res, fail('UNAUTHENTICATED', 'Wrong username or password.'));
    res.setHeader('Set-Cookie', loginCookie(user));
    respond(res, ok(publicUser(user)));
  });

  // Logging out ends every login of the user at once (their cookies and open sockets), not just this tab's.
  router.post('/logout', async (req, res) => {
    const user = context.signedIn(req.headers.cookie);
    res.setHeader('Set-Cookie', cookie('', 0));
    try {
      if (user) await context.users.revokeLogins(user.id);
    } catch (error) {
      return respond(res, fail('STORAGE_FAILED', `The logout was not saved: ${(error as Error).message}`));
    }
    respond(res, ok(null));
  });

  // Open to a user who must change their password: it is the one thing they may do.
  router.post('/password', async (req, res) => {
    const user = context.signedIn(req.headers.cookie);
    if (!user) return respond(res, fail('UNAUTHENTICATED', 'Log in first.'));
    const parsed = passwordChangeSchema.safeParse(req.body);
    if (!parsed.success) return respond(res, fail('BAD_REQUEST', describeZodError(parsed.error)));
    const { currentPassword, newPassword } = parsed.data;
    if (!(await verifyPassword(currentPassword, user.passwordHash))) return respond(res, fail('FORBIDDEN', 'The current password is wrong.'));
    const problem = passwordProblem(newPassword, user.username);
    if (problem) return respond(res, fail('BAD_REQUEST', passwordRefusal(problem)));
    try {
      await context.users.setPassword(user.id, await hashPassword(newPassword));
    } catch (error) {
      return respond(res, fail('STORAGE_FAILED', `The new password was not saved: ${(error as Error).message}`));
    }
    const changed = context.users.byId(user.id) ?? user;
    res.setHeader('Set-Cookie', loginCookie(changed));
    respond(res, ok(publicUser(changed)));
  });

  router.get('/mode', (_req, res) => respond(res, ok({ demo: context.demo })));

  router.get('/me', (req, res) => {
    const user = context.signedIn(req.headers.cookie);
    respond(res, user ? ok(publicUser(user)) : fail('UNAUTHENTICATED', 'Not logged in.'));
  });
  return router;
}
