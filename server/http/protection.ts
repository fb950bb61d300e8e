import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { fail } from '../../protocol/result.js';
import { normaliseUsername } from '../auth/username.js';
import { respond } from './respond.js';

/**
 * Security headers; the CSP allows only the lab's own scripts, styles, sockets and the ring tone.
 * Helmet's `upgrade-insecure-requests` and HSTS only make sense over HTTPS: a lab served over plain
 * HTTP on a school's host name would have its scripts asked for over HTTPS and show a blank page.
 */
export const securityHeaders = (overHttps: boolean): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        upgradeInsecureRequests: overHttps ? [] : null,
      },
    },
    strictTransportSecurity: overHttps,
  });

/**
 * Guessing passwords: at most 10 failed logins per address and username every 15 minutes. The
 * username is counted in the form the login looks it up by, so padding or recasing it counts too.
 */
export const loginAttempts = (): RequestHandler =>
  rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: 10,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) =>
      `${ipKeyGenerator(req.ip ?? '')}|${typeof req.body?.username === 'string' ? normaliseUsername(req.body.username).slice(0, 64) : ''}`,
    handler: (_req, res) =>
      respond(res, fail('RATE_LIMITED', 'Too many failed logins: wait 15 minutes and try again.', { reason: 'tooManyLogins' })),
  });
