import { createHmac, timingSafeEqual } from 'node:crypto';

/** A login lasts a working day and a half, so a class never gets logged out mid-lesson. */
export const loginLifetimeMs = 36 * 60 * 60 * 1000;

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** `<userId>.<expiry>.<hmac>`: checked without a store lookup, and still valid after a restart. */
export function issueToken(secret: string, userId: string, now: number): string {
  const payload = `${userId}.${now + loginLifetimeMs}`;
  return `${payload}.${sign(secret, payload)}`;
}

export function readToken(secret: string, token: string | undefined, now: number): string | null {
  if (!token) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userId, expiry, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${userId}.${expiry}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(expiry) > now ? userId : null;
}
