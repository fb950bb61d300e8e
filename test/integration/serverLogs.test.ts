import type { ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, login } from '../support/lab.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

type LogLine = { level: number; msg: string; username?: string; req?: { id?: string; path?: string }; signal?: string };

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) await killHard(child);
});

describe('the server log, read by a log collector', () => {
  it('writes logins and failed logins as JSON lines with a request id, never a password or a cookie', async () => {
    let stdout = '';
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = await startServerProcess(await mkdtemp(path.join(tmpdir(), 'lab-logs-')), port, {
      onStdout: (text) => (stdout += text),
    });
    children.push(server);

    const cookie = await login(baseUrl, 'docente', 'docente');
    const refused = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-42' },
      body: JSON.stringify({ username: ' Allievo1 ', password: 'Not-the-Right-one-77' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('proxy-42');
    await fetch(`${baseUrl}/api/sessions`, { headers: { cookie } });

    const lines = () =>
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine);
    await eventually(() => lines().some((line) => line.req?.path === '/api/sessions'));

    expect(lines().find((line) => line.msg.startsWith('Centralino Lab on'))).toBeDefined();
    const loggedIn = lines().find((line) => line.msg === 'login');
    expect(loggedIn).toMatchObject({ level: 30, username: 'docente', req: { path: '/api/auth/login' } });
    expect(loggedIn?.req?.id).toEqual(expect.any(String));
    expect(lines().find((line) => line.msg === 'failed login')).toMatchObject({ level: 40, username: 'allievo1', req: { id: 'proxy-42' } });

    const cookieValue = cookie.split('=')[1]!;
    expect(cookieValue.length).toBeGreaterThan(10);
    expect(stdout).not.toContain(cookieValue);
    expect(stdout).not.toContain('Not-the-Right-one-77');
    expect(stdout).not.toMatch(/"password"\s*:\s*"[^[]/);

    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    expect(lines().map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
  }, 60_000);
});
