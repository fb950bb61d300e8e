import type { Response } from 'express';
import type { ErrorCode, Result } from '../../protocol/result.js';

const statusOf: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
  STORAGE_FAILED: 503,
  INTERNAL: 500,
};

/** Sends a Result envelope with the status code its error implies. */
export function respond<T>(res: Response, result: Result<T>): void {
  const status = result.ok ? 200 : statusOf[result.error.code];
  // A storage failure or a bug is the administrator's business: logged with the request's id.
  if (!result.ok && status >= 500) res.req.log.error({ code: result.error.code, problem: result.error.message }, 'request failed');
  res.status(status).json(result);
}
