import type { z } from 'zod';

/** The fixed list of error codes an ack or an HTTP error can carry. */
export const errorCodes = [
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_STATE',
  'RATE_LIMITED',
  'STORAGE_FAILED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * What the console needs to say an error in the user's language: `reason` names the case (the console's
 * catalogues hold `errors.reason.<reason>`), the other entries are the specifics its sentence names.
 */
export type ErrorParams = Record<string, string | number>;

export interface LabError {
  code: ErrorCode;
  /** In English, for logs, API clients and as the fallback when the console has no words for the case. */
  message: string;
  /** Present on every error the server makes (possibly empty); absent on errors the console made itself, already in its language. */
  params?: ErrorParams;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: LabError };
export type Ack<T> = (result: Result<T>) => void;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string, params: ErrorParams = {}): { ok: false; error: LabError } => ({
  ok: false,
  error: { code, message, params },
});

/** Turns a zod failure into a message a user (or a developer at the other end) can act on. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}
