import type { Router } from 'express';
import { stringifySetCookie } from 'cookie';
import { loginSchema, sessionCookieName } from '../../protocol/http.js';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import { publicUser } from '../auth/currentUser.js';
import { verifyPassword } from '../auth/password.js';
import { issueToken, loginLifetimeMs } from '../auth/sessionToken.js';
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

  api.post('/login', async (req, res) => {
    const parsed = loginSchema.safeParse(req.body);
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const user = context.documents.data.users.find((candidate) => candidate.username === parsed.data.username);
    // Hash even for unknown names, so timing does not tell which usernames exist.
    const valid = await verifyPassword(parsed.data.password, user?.passwordHash ?? context.dummyPasswordHash);
    if (!user || !valid) return fail('UNAUTHENTICATED', 'Wrong username or password.');
    res.setHeader('Set-Cookie', cookie(issueToken(context.documents.data.cookieSecret, user.id, context.clock.now()), loginLifetimeMs));
    return ok(publicUser(user));
  });

  api.post('/logout', (_req, res) => {
    res.setHeader('Set-Cookie', cookie('', 0));
    return ok(null);
  });

  api.get('/me', (req) => {
    const user = context.userOf(req.headers.cookie);
    return user ? ok(user) : fail('UNAUTHENTICATED', 'Not logged in.');
  });
  return api.router;
}
