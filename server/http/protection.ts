import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { fail } from '../../protocol/result.js';
import { respond } from './respond.js';

/** Security headers; the CSP allows only the lab's own scripts, styles, sockets and the ring tone. */
export const securityHeaders = (): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });

/**
 * Cross-site request protection for cookie-authenticated writes: besides the SameSite=Strict cookie,
 * a browser's Origin must be this server's own.
 */
export function sameOriginWrites(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  if (!isSameOrigin(req.headers.origin, req.headers.host)) return respond(res, fail('FORBIDDEN', 'Cross-site requests are not allowed.'));
  next();
}

/** No Origin (a non-browser client, such as a test or a script) is allowed; a foreign one is not. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Guessing passwords: at most 10 failed logins per address and username every 15 minutes. */
export const loginAttempts = (): RequestHandler =>
  rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : ''}`,
    handler: (_req, res) => respond(res, fail('RATE_LIMITED', 'Too many failed logins: wait 15 minutes and try again.', { reason: 'tooManyLogins' })),
  });
