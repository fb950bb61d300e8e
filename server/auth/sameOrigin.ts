import type { NextFunction, Request, Response } from 'express';
import { fail } from '../../protocol/result.js';
import { respond } from '../http/respond.js';

// Who may write with a login cookie: the check lives with auth, and both HTTP writes and socket
// handshakes (server/gateway) use it.

/**
 * Cross-site request protection for cookie-authenticated writes: besides the SameSite=Strict cookie,
 * a browser's Origin must be this server's own.
 */
export function sameOriginWrites(req: Request, res: Response, next: NextFunction): void {
  const reads = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
  if (reads || isSameOrigin(req.headers.origin, req.headers.host)) next();
  else respond(res, fail('FORBIDDEN', 'Cross-site requests are not allowed.'));
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
