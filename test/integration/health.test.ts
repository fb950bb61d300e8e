import { mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabStatus } from '../../protocol/http.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';
import { connectDemo, demo, getJson, labPerFile, login, startLab, stopLab, type RunningLab } from '../support/lab.js';

const probe = async (lab: RunningLab, route: string) => {
  const response = await fetch(`${lab.baseUrl}${route}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('a lab that runs well', () => {
  const running = labPerFile();

  it('answers /healthz without a login', async () => {
    expect(await probe(running.lab, '/healthz')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('is ready: stores open, journal writable, room on the disk', async () => {
    const { status, body } = await probe(running.lab, '/readyz');
    expect({ status, body }).toEqual({ status: 200, body: { ok: true, checks: { stores: true, journal: true, disk: true } } });
  });

  it('shows the administrator the lab’s state, and refuses everyone else', async () => {
    const instructor = await connectDemo(running.lab, 'instructor');
    const trainee = await connectDemo(running.lab, 'trainee1');
    running.sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    expect(launched).toMatchObject({ ok: true });

    const admin = await login(running.lab.baseUrl, ...demo.admin);
    const { status, body } = await getJson<LabStatus>(running.lab.baseUrl, '/api/admin/status', admin);
    expect(status).toBe(200);
    const state = body.ok ? body.data : null;
    expect(state).toMatchObject({ version: '0.1.0', liveCalls: 1, connectedUsers: 2, damagedSessions: [], unlistedDamagedLogs: 0 });
    expect(state!.uptimeMs).toBeGreaterThan(0);
    expect(state!.disk!.freeBytes).toBeGreaterThan(0);
    expect(state!.disk!.totalBytes).toBeGreaterThanOrEqual(state!.disk!.freeBytes);

    for (const who of ['instructor', 'assessor', 'trainee1'] as const) {
      const [username, password] = demo[who];
      const cookie = await login(running.lab.baseUrl, username, password);
      const refused = await getJson<LabStatus>(running.lab.baseUrl, '/api/admin/status', cookie);
      expect({ who, status: refused.status, code: refused.body.ok ? null : refused.body.error.code }).toEqual({
        who,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    expect((await getJson(running.lab.baseUrl, '/api/admin/status')).status).toBe(401);
  });
});

describe('a lab whose disk is nearly full', () => {
  let lab: RunningLab;
  beforeAll(async () => {
    // No disk has an exabyte free: the threshold cannot be met.
    lab = await startLab({ minFreeDiskBytes: 2 ** 60 });
  });
  afterAll(() => stopLab(lab));

  it('is alive but not ready, saying the disk check failed and naming no path', async () => {
    expect((await probe(lab, '/healthz')).status).toBe(200);
    const response = await fetch(`${lab.baseUrl}/readyz`);
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toEqual({ ok: false, failed: ['disk'], checks: { stores: true, journal: true, disk: false } });
    expect(text).not.toContain(lab.dataDir);
  });
});

describe('a lab whose journal cannot write', () => {
  let lab: RunningLab;
  let diskFull = false;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lab-test-'));
    const openJournal = async (file: string) => {
      const handle = await open(file, 'a');
      return {
        write: async (buffer: Buffer, offset: number, length: number) => {
          if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          return handle.write(buffer, offset, length);
        },
        datasync: () => handle.datasync(),
        truncate: (length: number) => handle.truncate(length),
        close: () => handle.close(),
      };
    };
    lab = await startLab({ log: new FileEventLogStore(path.join(dir, 'sessions'), { openJournal }) }, dir);
  });
  afterAll(() => stopLab(lab));

  it('is not ready after a refused write, and ready again once a write succeeds', async () => {
    const instructor = await connectDemo(lab, 'instructor');
    // A launch rings only a connected trainee.
    const trainee = await connectDemo(lab, 'trainee1');
    const launch = () =>
      instructor.socket.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
    try {
      expect((await probe(lab, '/readyz')).status).toBe(200);
      diskFull = true;
      expect(await launch()).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
      const { status, body } = await probe(lab, '/readyz');
      expect({ status, failed: body.failed }).toEqual({ status: 503, failed: ['journal'] });

      diskFull = false;
      expect(await launch()).toMatchObject({ ok: true, data: { sessionIds: [expect.any(String)] } });
      expect((await probe(lab, '/readyz')).status).toBe(200);
    } finally {
      instructor.socket.disconnect();
      trainee.socket.disconnect();
    }
  });
});

describe('a lab whose data holds a damaged session log', () => {
  it('lists the damaged session on the admin status, by trainee and scenario', async () => {
    const first = await startLab();
    const instructor = await connectDemo(first, 'instructor');
    const trainee = await connectDemo(first, 'trainee1');
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    expect(await instructor.socket.emitWithAck('session:cancel', { sessionId })).toMatchObject({ ok: true });
    instructor.socket.disconnect();
    trainee.socket.disconnect();
    await first.application.context.registry.settled();
    await stopLab(first);

    // A garbage line in the middle of the session's log, as a bad disk sector would leave.
    const file = path.join(first.dataDir, 'sessions', `${sessionId}.jsonl`);
    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
    await writeFile(file, `${[lines[0], '{"seq": garbage', ...lines.slice(1)].join('\n')}\n`);

    const lab = await startLab({}, first.dataDir);
    try {
      const admin = await login(lab.baseUrl, ...demo.admin);
      const { body } = await getJson<LabStatus>(lab.baseUrl, '/api/admin/status', admin);
      const state = body.ok ? body.data : null;
      expect(state?.damagedSessions.map((session) => ({ id: session.id, trainee: session.traineeName }))).toEqual([
        { id: sessionId, trainee: 'Giulia Conte' },
      ]);
      expect(state?.unlistedDamagedLogs).toBe(0);
      // Damage is the admin's to see, not a reason to stop taking calls.
      expect((await probe(lab, '/readyz')).status).toBe(200);
    } finally {
      await stopLab(lab);
    }
  });
});
