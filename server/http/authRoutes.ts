import { Router } from 'express';
import { stringifySetCookie } from 'cookie';
import { loginSchema, sessionCookieName } from '../../protocol/http.js';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import { publicUser } from '../auth/currentUser.js';
import { verifyPassword } from '../auth/password.js';
import { issueToken, loginLifetimeMs } from '../auth/sessionToken.js';
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

  router.post('/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) return respond(res, fail('BAD_REQUEST', describeZodError(parsed.error)));
    const user = context.documents.data.users.find((candidate) => candidate.username === parsed.data.username);
    // Hash even for unknown names, so timing does not tell which usernames exist.
    const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? context.dummyPasswordHash);
    if (!user || !valid) return respond(res, fail('UNAUTHENTICATED', 'Wrong username or password.', { reason: 'wrongCredentials' }));
    res.setHeader('Set-Cookie', cookie(issueToken(context.documents.data.cookieSecret, user.id, context.clock.now()), loginLifetimeMs));
    respond(res, ok(publicUser(user)));
  });

  router.post('/logout', (_req, res) => {
    res.setHeader('Set-Cookie', cookie('', 0));
    respond(res, ok(null));
  });

  router.get('/me', (req, res) => {
    const user = context.userOf(req.headers.cookie);
    respond(res, user ? ok(user) : fail('UNAUTHENTICATED', 'Not logged in.'));
  });
  return router;
}
