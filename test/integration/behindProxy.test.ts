import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningLab, startLab } from '../support/lab.js';

// Behind a reverse proxy every request comes from the proxy's address: the lab must read the client's
// address from X-Forwarded-For, or ten wrong passwords typed in one classroom lock out the whole school.

const guessFrom = (lab: RunningLab, address: string) =>
  fetch(`${lab.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ username: 'docente', password: 'wrong password' }),
  }).then((response) => response.status);

async function elevenGuessesThenAnotherAddress(lab: RunningLab): Promise<number[]> {
  const statuses: number[] = [];
  for (let guess = 0; guess < 11; guess++) statuses.push(await guessFrom(lab, '203.0.113.7'));
  statuses.push(await guessFrom(lab, '198.51.100.20'));
  return statuses;
}

describe('a lab behind a reverse proxy', () => {
  let proxied: RunningLab;
  let direct: RunningLab;
  beforeAll(async () => {
    proxied = await startLab({ trustProxyHops: 1 });
    direct = await startLab();
  });
  afterAll(async () => {
    await proxied?.stop();
    await direct?.stop();
  });

  it('counts failed logins per client address when it trusts the proxy', async () => {
    const statuses = await elevenGuessesThenAnotherAddress(proxied);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // Another classroom computer is still let in to try.
    expect(statuses[11]).toBe(401);
  });

  it('ignores X-Forwarded-For when it does not trust a proxy (a client could forge it)', async () => {
    const statuses = await elevenGuessesThenAnotherAddress(direct);
    expect(statuses[10]).toBe(429);
    expect(statuses[11]).toBe(429);
  });
});
