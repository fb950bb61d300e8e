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
  res.status(result.ok ? 200 : statusOf[result.error.code]).json(result);
}
