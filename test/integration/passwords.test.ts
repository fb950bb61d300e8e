import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { seedDemoData, seedFirstAdmin } from '../../server/seed.js';
import { connectAs, getJson, labPerFile, login, startLab, stopLab, type LabClient, type RunningLab } from '../support/lab.js';

const labs: RunningLab[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const lab of labs) await stopLab(lab);
});

/** A lab started outside demo mode on a data folder prepared by `prepare`. */
async function productionLab(prepare: (dir: string) => Promise<unknown>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'lab-passwords-'));
  const seeded = await prepare(dir);
  const lab = await startLab({ demo: false }, dir);
  labs.push(lab);
  return { lab, seeded };
}
const firstAdmin = (dir: string) => openDocumentStore(path.join(dir, 'lab.json')).then(seedFirstAdmin);

const changePassword = async (lab: RunningLab, cookie: string, currentPassword: string, newPassword: string) => {
  const response = await fetch(`${lab.baseUrl}/api/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  return { status: response.status, body: await response.json(), cookie: response.headers.get('set-cookie')?.split(';')[0] };
};

describe('outside demo mode', () => {
  it('the first start creates only an administrator with a random password, to be changed before anything else', async () => {
    const { lab, seeded } = await productionLab(firstAdmin);
    const password = seeded as string;
    expect(password).toMatch(/^[\w-]{16}$/);
    expect(lab.application.context.users.all().map((user) => user.username)).toEqual(['admin']);
    await expect(login(lab.baseUrl, 'admin', 'admin')).rejects.toThrow(/401/);
    await expect(login(lab.baseUrl, 'docente', 'docente')).rejects.toThrow(/401/);
    expect((await getJson(lab.baseUrl, '/api/auth/mode')).body).toEqual({ ok: true, data: { demo: false } });

    const cookie = await login(lab.baseUrl, 'admin', password);
    expect((await getJson(lab.baseUrl, '/api/auth/me', cookie)).body).toMatchObject({
      ok: true,
      data: { username: 'admin', mustChangePassword: true },
    });
    // Nothing else is open until the password is changed: no route, no socket.
    expect((await getJson(lab.baseUrl, '/api/sessions', cookie)).status).toBe(401);
    await expect(connectAs(lab.baseUrl, cookie)).rejects.toThrow('UNAUTHENTICATED');

    expect(await changePassword(lab, cookie, 'not-the-password', 'Centralino-Vesuvio-7')).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
    for (const [weak, problem] of [
      ['short-1', 'tooShort'],
      ['my-admin-password', 'containsUsername'],
      ['password123', 'common'],
      ['QWERTYUIOP', 'common'],
    ] as const) {
      expect(await changePassword(lab, cookie, password, weak), weak).toMatchObject({
        status: 400,
        body: { error: { code: 'BAD_REQUEST', message: `password:${problem}` } },
      });
    }
    const changed = await changePassword(lab, cookie, password, 'Centralino-Vesuvio-7');
    expect(changed).toMatchObject({ status: 200, body: { ok: true, data: { username: 'admin' } } });
    expect(changed.body.data.mustChangePassword).toBeUndefined();
    // The old cookie is void, the one the change sent works everywhere, and so does the new password alone.
    expect((await getJson(lab.baseUrl, '/api/auth/me', cookie)).body).toEqual({ ok: true, data: null });
    expect((await getJson(lab.baseUrl, '/api/sessions', changed.cookie)).status).toBe(200);
    await expect(login(lab.baseUrl, 'admin', password)).rejects.toThrow(/401/);
    expect((await getJson(lab.baseUrl, '/api/sessions', await login(lab.baseUrl, 'admin', 'Centralino-Vesuvio-7'))).status).toBe(200);
  });

  it('refuses the demo accounts of a folder once started in demo mode', async () => {
    const { lab } = await productionLab((dir) => openDocumentStore(path.join(dir, 'lab.json')).then(seedDemoData));
    for (const [username, password] of [
      ['admin', 'admin'],
      ['docente', 'docente'],
      ['allievo1', 'allievo'],
    ]) {
      await expect(login(lab.baseUrl, username!, password!), username).rejects.toThrow(/401/);
    }
  });
});

describe('in demo mode', () => {
  const floor = labPerFile();

  it('says so, and lets a demo account choose a real password, which ends its other logins', async () => {
    const { lab } = floor;
    expect((await getJson(lab.baseUrl, '/api/auth/mode')).body).toEqual({ ok: true, data: { demo: true } });
    const elsewhere = await login(lab.baseUrl, 'docente', 'docente');
    const socket = await connectAs(lab.baseUrl, elsewhere);
    sockets.push(socket);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const cookie = await login(lab.baseUrl, 'docente', 'docente');
    expect(await changePassword(lab, cookie, 'docente', 'docente')).toMatchObject({
      status: 400,
      body: { error: { message: 'password:tooShort' } },
    });
    expect((await changePassword(lab, cookie, 'docente', 'Rosa-Iovino-Aula-A')).status).toBe(200);
    expect(await closed).toBe('io server disconnect');
    expect((await getJson(lab.baseUrl, '/api/auth/me', elsewhere)).body).toEqual({ ok: true, data: null });
    await expect(login(lab.baseUrl, 'docente', 'docente')).rejects.toThrow(/401/);
    expect(await login(lab.baseUrl, 'docente', 'Rosa-Iovino-Aula-A')).toMatch(/^lab_session=/);
    expect(lab.application.context.users.byUsername('docente')?.demoPassword).toBeUndefined();
  });

  it('answers a password change without a login, or with a malformed body, with a typed error', async () => {
    expect((await changePassword(floor.lab, '', 'a', 'b')).status).toBe(401);
    const cookie = await login(floor.lab.baseUrl, 'valutatore', 'valutatore');
    expect(await changePassword(floor.lab, cookie, '', 'Centralino-Vesuvio-7')).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST' } },
    });
  });
});
