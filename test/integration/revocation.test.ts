import { describe, expect, it } from 'vitest';
import { connectAs, eventually, getJson, labPerFile, login, type LabClient } from '../support/lab.js';

const floor = labPerFile();
const { sockets } = floor;

const post = (route: string, cookie: string) => fetch(`${floor.lab.baseUrl}${route}`, { method: 'POST', headers: { cookie } });

/** Resolves with the reason a socket was closed, the way the console's socket sees it. */
const closed = (socket: LabClient) => new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

async function refusedSocket(cookie: string): Promise<string> {
  const error = await connectAs(floor.lab.baseUrl, cookie).then(
    (socket) => {
      sockets.push(socket);
      return 'connected';
    },
    (failure: Error) => failure.message,
  );
  return error;
}

describe('logging out, and deactivation, end a login at once', () => {
  it('logout voids the cookie on every device and closes the open sockets', async () => {
    const laptop = await login(floor.lab.baseUrl, 'allievo1', 'allievo');
    const desktop = await login(floor.lab.baseUrl, 'allievo1', 'allievo');
    const socket = await connectAs(floor.lab.baseUrl, desktop);
    sockets.push(socket);
    const reason = closed(socket);
    expect((await post('/api/auth/logout', laptop)).status).toBe(200);
    for (const cookie of [laptop, desktop]) {
      expect((await getJson(floor.lab.baseUrl, '/api/auth/me', cookie)).body).toEqual({ ok: true, data: null });
      expect((await getJson(floor.lab.baseUrl, '/api/sessions', cookie)).status).toBe(401);
      expect(await refusedSocket(cookie)).toBe('UNAUTHENTICATED');
    }
    expect(await reason).toBe('io server disconnect');
    // A fresh login works as before.
    expect((await getJson(floor.lab.baseUrl, '/api/auth/me', await login(floor.lab.baseUrl, 'allievo1', 'allievo'))).body).toMatchObject({
      ok: true,
      data: { username: 'allievo1' },
    });
  });

  it("another user's logout leaves a login alone", async () => {
    const trainee = await login(floor.lab.baseUrl, 'allievo2', 'allievo');
    const socket = await connectAs(floor.lab.baseUrl, trainee);
    sockets.push(socket);
    await post('/api/auth/logout', await login(floor.lab.baseUrl, 'valutatore', 'valutatore'));
    expect(await socket.emitWithAck('agent:status', { status: 'available' })).toEqual({ ok: true, data: { status: 'available' } });
    expect((await getJson(floor.lab.baseUrl, '/api/auth/me', trainee)).body).toMatchObject({ ok: true, data: { role: 'trainee' } });
  });

  it('deactivating a user closes their sockets and refuses their cookie and their password', async () => {
    const cookie = await login(floor.lab.baseUrl, 'allievo3', 'allievo');
    const socket = await connectAs(floor.lab.baseUrl, cookie);
    sockets.push(socket);
    const reason = closed(socket);
    await floor.lab.application.context.users.deactivate('u-allievo3');
    expect(await reason).toBe('io server disconnect');
    await eventually(() => !socket.connected);
    expect((await getJson(floor.lab.baseUrl, '/api/auth/me', cookie)).body).toEqual({ ok: true, data: null });
    expect(await refusedSocket(cookie)).toBe('UNAUTHENTICATED');
    await expect(login(floor.lab.baseUrl, 'allievo3', 'allievo')).rejects.toThrow(/401/);
  });
});
