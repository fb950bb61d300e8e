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

export interface LabError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: LabError };
export type Ack<T> = (result: Result<T>) => void;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): { ok: false; error: LabError } => ({
  ok: false,
  error: { code, message },
});

/** Turns a zod failure into a message a user (or a developer at the other end) can act on. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'payload'}: ${issue.message}`)
    .join('; ');
}
