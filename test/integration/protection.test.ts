import { describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { connectDemo, login, labPerFile } from '../support/lab.js';

const floor = labPerFile();
const { sockets } = floor;

const post = (route: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${floor.lab.baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('protection against floods, guessing and other sites', () => {
  it('throttles a flooding connection with RATE_LIMITED while others are served', async () => {
    const flooder = await connectDemo(floor.lab, 'trainee1');
    const neighbour = await connectDemo(floor.lab, 'trainee2');
    sockets.push(flooder.socket, neighbour.socket);
    const answers = await Promise.all(
      Array.from({ length: 120 }, () => flooder.socket.emitWithAck('agent:status', { status: 'available' })),
    );
    const limited = answers.filter((answer) => !answer.ok && answer.error.code === 'RATE_LIMITED').length;
    expect(limited).toBeGreaterThan(50);
    expect(answers.filter((answer) => answer.ok).length).toBeGreaterThan(0);
    expect(await neighbour.socket.emitWithAck('agent:status', { status: 'paused' })).toEqual({ ok: true, data: { status: 'paused' } });
  });

  it('locks out a username after 10 failed logins from the same address', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++)
      statuses.push((await post('/api/auth/login', { username: 'valutatore', password: `guess-${attempt}` })).status);
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const body = await (await post('/api/auth/login', { username: 'valutatore', password: 'valutatore' })).json();
    expect(body).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // Other users are not locked out by it.
    expect(await login(floor.lab.baseUrl, 'docente', 'docente')).toMatch(/^lab_session=/);
  });

  it('refuses writes and sockets from another site, and sends security headers', async () => {
    const cookie = await login(floor.lab.baseUrl, 'allievo3', 'allievo');
    const crossSite = await post('/api/auth/logout', null, { origin: 'https://evil.example', cookie });
    expect(crossSite.status).toBe(403);
    const foreign = connect(floor.lab.baseUrl, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie, origin: 'https://evil.example' },
    });
    await new Promise<void>((resolve) => foreign.once('connect_error', () => resolve()));
    expect(foreign.connected).toBe(false);
    foreign.disconnect();
    const page = await fetch(`${floor.lab.baseUrl}/api/auth/me`, { headers: { cookie } });
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('answers oversized and malformed bodies with a typed error', async () => {
    const huge = await post('/api/auth/login', { username: 'x'.repeat(100_000), password: 'y' });
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const wrongShape = await post('/api/auth/login', { username: ['a'], password: 1 });
    expect(await wrongShape.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
