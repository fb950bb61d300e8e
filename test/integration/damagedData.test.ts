import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { JoinedSession } from '../../protocol/socket.js';
import type { SessionSummary } from '../../protocol/views.js';
import { actionId, connectAs, connectDemo, getJson, login, startLab, stopLab, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

const scenarioId = 'helpdesk-fibra-guasto';
const children: ChildProcess[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) await killHard(child);
});

/** A lab's data folder with four recorded calls: one ended, three live at different points. */
async function recordedFloor(): Promise<{ dataDir: string; ids: Record<'ended' | 'journal' | 'repeated' | 'gap', string> }> {
  const lab = await startLab();
  const instructor = await connectDemo(lab, 'instructor');
  sockets.push(instructor.socket);
  // A launch rings only trainees who are logged in: all four are, before it.
  for (const who of ['trainee1', 'trainee2', 'trainee4'] as const) sockets.push((await connectDemo(lab, who)).socket);
  sockets.push(await connectAs(lab.baseUrl, await login(lab.baseUrl, 'allievo3', 'allievo')));
  const launched = await instructor.socket.emitWithAck('session:launch', {
    scenarioId,
    traineeIds: ['u-allievo1', 'u-allievo3', 'u-allievo2', 'u-allievo4'],
  });
  const [ended, journal, repeated, gap] = launched.ok ? launched.data.sessionIds : [];
  for (const [who, sessionId, steps] of [
    ['trainee1', ended!, exemplaryFibreCall.length],
    ['trainee2', repeated!, 3],
    ['trainee4', gap!, 3],
  ] as const) {
    const trainee = await connectDemo(lab, who);
    sockets.push(trainee.socket);
    for (const { action } of exemplaryFibreCall.slice(0, steps)) {
      expect(await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action })).toMatchObject({ ok: true });
    }
  }
  await lab.application.context.registry.settled();
  await stopLab(lab);
  return { dataDir: lab.dataDir, ids: { ended: ended!, journal: journal!, repeated: repeated!, gap: gap! } };
}

const logLines = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);
const seqs = (events: readonly SessionEvent[]) => events.map((event) => event.seq);

describe('a lab whose data holds damaged records', () => {
  it('starts, serves every readable event, and flags the damaged sessions to the assessor and the admin', async () => {
    const { dataDir, ids } = await recordedFloor();
    const sessionsDir = path.join(dataDir, 'sessions');
    const file = (id: string) => path.join(sessionsDir, `${id}.jsonl`);

    // A garbage line in the middle of the ended call's log.
    const ended = await logLines(file(ids.ended));
    await writeFile(file(ids.ended), [...ended.slice(0, 3), '{"seq":4,"at":17', ...ended.slice(3)].map((line) => `${line}\n`).join(''));
    // A journal left by a crash, with a record that is not JSON and one that names no session.
    await writeFile(path.join(sessionsDir, 'journal-000009.wal'), `${ids.journal} {"seq":3,"type":\n\u0000\u0000garbage\n`);
    // A line written twice: served as it is, once.
    const repeated = await logLines(file(ids.repeated));
    await writeFile(file(ids.repeated), [...repeated.slice(0, 4), repeated[3]!, ...repeated.slice(4)].map((line) => `${line}\n`).join(''));
    // A line lost in the middle: the events around it are served, the session is flagged.
    const gap = await logLines(file(ids.gap));
    await writeFile(file(ids.gap), [...gap.slice(0, 2), ...gap.slice(3)].map((line) => `${line}\n`).join(''));

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const server = await startServerProcess(dataDir, port);
    children.push(server);

    const cookie = await login(baseUrl, 'valutatore', 'valutatore');
    const listed = await getJson<SessionSummary[]>(baseUrl, '/api/sessions', cookie);
    const byId = new Map((listed.body.ok ? listed.body.data : []).map((summary) => [summary.id, summary]));
    expect(byId.get(ids.ended)).toMatchObject({ damaged: true, status: 'ended' });
    expect(byId.get(ids.journal)).toMatchObject({ damaged: true, status: 'live' });
    expect(byId.get(ids.gap)).toMatchObject({ damaged: true });
    expect(byId.get(ids.repeated)).not.toHaveProperty('damaged');

    const opened = async (id: string) => {
      const response = await getJson<JoinedSession>(baseUrl, `/api/sessions/${id}`, cookie);
      return response.body.ok ? response.body.data.events : [];
    };
    expect(seqs(await opened(ids.ended))).toEqual(ended.map((_, index) => index + 1));
    expect(seqs(await opened(ids.repeated))).toEqual(repeated.map((_, index) => index + 1));
    expect(seqs(await opened(ids.gap))).toEqual(gap.map((_, index) => index + 1).filter((seq) => seq !== 3));

    // The admin sees it too, and the damaged files are kept aside.
    const admin = await login(baseUrl, 'admin', 'admin');
    const forAdmin = await getJson<SessionSummary[]>(baseUrl, '/api/sessions', admin);
    expect(
      (forAdmin.body.ok ? forAdmin.body.data : [])
        .filter((summary) => summary.damaged)
        .map((summary) => summary.id)
        .sort(),
    ).toEqual([ids.ended, ids.journal, ids.gap].sort());
    const aside = await readdir(path.join(sessionsDir, 'damaged'));
    expect(aside).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${ids.ended}\\..*\\.jsonl$`)),
        expect.stringMatching(/^journal-000009\..*\.wal$/),
      ]),
    );
  }, 60_000);
});

describe('a lab whose lab.json cannot be trusted', () => {
  const refusal = async (content: string) => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lab-json-'));
    await writeFile(path.join(dataDir, 'lab.json'), content);
    return startServerProcess(dataDir, await freePort()).then(
      (child) => {
        children.push(child);
        return 'started';
      },
      (error: Error) => error.message,
    );
  };

  it('refuses to start on a truncated file, naming the file and where it breaks', async () => {
    const whole = JSON.stringify({ cookieSecret: 'abc', users: [], classes: [] }, null, 2);
    const message = await refusal(whole.slice(0, 40));
    expect(message).toMatch(/server exited with 1/);
    expect(message).toMatch(/lab\.json cannot be read at line \d+, column \d+/);
  }, 30_000);

  it('refuses {} instead of making new demo accounts and a new cookie secret', async () => {
    const message = await refusal('{}');
    expect(message).toMatch(/server exited with 1/);
    expect(message).toMatch(/lab\.json is not a lab's data file/);
    expect(message).toMatch(/cookieSecret/);
  }, 30_000);

  it('refuses users of the wrong type, naming the field', async () => {
    const message = await refusal(JSON.stringify({ cookieSecret: 'abc', users: { admin: true }, classes: [] }));
    expect(message).toMatch(/lab\.json is not a lab's data file[\s\S]*users/);
  }, 30_000);
});
