import { createHmac, timingSafeEqual } from 'node:crypto';

/** A login lasts a working day and a half, so a class never gets logged out mid-lesson. */
export const loginLifetimeMs = 36 * 60 * 60 * 1000;

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export interface TokenClaims {
  userId: string;
  /** The user's token version when it was issued: a later version (logout, new password) voids it. */
  version: number;
}

/**
 * `<userId>.<version>.<expiry>.<hmac>`: checked without a store write, still valid after a restart,
 * and revoked by raising the user's token version.
 */
export function issueToken(secret: string, userId: string, now: number, version = 0): string {
  const payload = `${userId}.${version}.${now + loginLifetimeMs}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function readToken(secret: string, token: string | undefined, now: number): TokenClaims | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [userId, version, expiry, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(secret, `${userId}.${version}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expiry) > now ? { userId, version: Number(version) } : null;
}
