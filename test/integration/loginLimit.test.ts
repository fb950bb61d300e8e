import { describe, expect, it } from 'vitest';
import { labPerFile, login } from '../support/lab.js';

const floor = labPerFile();

const attempt = (username: string, password: string) =>
  fetch(`${floor.lab.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

/** The same account written eight ways: the login finds it by each, so each must count against it. */
const paddings = [
  ' docente',
  '\tdocente',
  '\u00a0docente',
  'docente\u2003',
  'DOCENTE',
  '\u3000Docente',
  'ｄｏｃｅｎｔｅ',
  '\u200bdocente\n',
];

describe('the login limit counts an account, however its name is written', () => {
  it('refuses every guess after the 10th, whichever padding or case each one uses', async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 40; guess++) statuses.push((await attempt(paddings[guess % paddings.length]!, `guess-${guess}`)).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(30).fill(429));
    // The right password is refused too while the account is locked, but another account is not.
    expect((await attempt('docente', 'docente')).status).toBe(429);
    expect(await login(floor.lab.baseUrl, 'valutatore', 'valutatore')).toMatch(/^lab_session=/);
  });

  it('finds the account by its padded or recased name, as the limit counts it', async () => {
    expect(await login(floor.lab.baseUrl, '\u00a0Valutatore ', 'valutatore')).toMatch(/^lab_session=/);
  });
});
