import { execFile, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readLog } from '../../server/store/logDamage.js';
import { actionId, connectAs, getJson, login, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
/** `npm run lab -- <args>`, as the people who keep the lab running type it, on the given data folder. */
const labTool = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/labTool.ts', ...args], {
    cwd: root,
    env: { ...process.env, LAB_DATA_DIR: dataDir },
  });

const children: ChildProcess[] = [];
const sockets: LabClient[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const child of children) if (child.exitCode === null && child.signalCode === null) await killHard(child);
});

const trainees = ['allievo1', 'allievo2', 'allievo3', 'allievo4'];

async function connect(baseUrl: string, username: string, password: string): Promise<LabClient> {
  const socket = await connectAs(baseUrl, await login(baseUrl, username, password));
  sockets.push(socket);
  return socket;
}

async function sessionFile(dataDir: string, sessionId: string): Promise<string> {
  return readFile(path.join(dataDir, 'sessions', `${sessionId}.jsonl`), 'utf8').catch(() => '');
}

describe('npm run lab -- backup / restore', () => {
  it('backs up a lab under load and restores it: every acknowledged event is there and every ended session scores the same', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lab-backup-'));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    children.push(await startServerProcess(dataDir, port));
    // The instructor's console open once per trainee, so that no one connection goes over the flood limit.
    const instructor = await Promise.all(trainees.map(() => connect(baseUrl, 'docente', 'docente')));
    const playing = await Promise.all(trainees.map((username) => connect(baseUrl, username, 'allievo')));

    // Every trainee plays whole calls, one after the other, until told to stop; each acknowledgement is noted.
    const acked = new Map<string, number>();
    let stop = false;
    const launch = (index: number) =>
      instructor[index]!.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: [`u-${trainees[index]}`] });
    const rounds = playing.map(async (socket, index) => {
      while (!stop) {
        // The call just ended may still be closing: the trainee says again they are available, and the launch is tried again.
        let launched = await launch(index);
        for (let tries = 0; launched.ok && launched.data.sessionIds.length === 0 && tries < 25; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          await socket.emitWithAck('agent:status', { status: 'available' });
          launched = await launch(index);
        }
        if (!launched.ok || launched.data.sessionIds.length !== 1) throw new Error(`launch refused: ${JSON.stringify(launched)}`);
        const sessionId = launched.data.sessionIds[0]!;
        await socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
        for (const { action } of exemplaryFibreCall) {
          // A brisk trainee, under the connection's flood limit.
          await new Promise((resolve) => setTimeout(resolve, 50));
          const ack = await socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
          if (!ack.ok) throw new Error(`${action.type} refused: ${JSON.stringify(ack)}`);
          acked.set(sessionId, ack.data.seq);
        }
        await socket.emitWithAck('agent:status', { status: 'available' });
      }
    });
    const failed = Promise.all(rounds).catch((error: Error) => error);
    while (acked.size < 8 && !(await Promise.race([failed, null]))) await new Promise((resolve) => setTimeout(resolve, 20));

    // What was acknowledged before the backup started must all be in it.
    const ackedBefore = new Map(acked);
    const archive = path.join(await mkdtemp(path.join(tmpdir(), 'lab-archive-')), 'lab.tar.gz');
    const backup = await labTool(dataDir, 'backup', archive);
    const actsDuringBackup = [...acked].filter(([id, seq]) => seq !== ackedBefore.get(id)).length;
    stop = true;
    const outcome = await failed;
    expect(outcome instanceof Error ? outcome.message : null).toBeNull();
    expect(backup.stdout).toContain('Backed up');
    expect(actsDuringBackup, 'the trainees kept acting while the backup ran').toBeGreaterThan(0);

    // A restore refuses a folder that holds something, and names it.
    const busy = await mkdtemp(path.join(tmpdir(), 'lab-busy-'));
    await writeFile(path.join(busy, 'notes.txt'), 'keep me');
    const refused = await labTool(busy, 'restore', archive).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining(busy) });

    // The original's scores, then a clean stop, which writes every journalled event into the session files.
    const adminOriginal = await login(baseUrl, 'admin', 'admin');
    const originalScores = new Map<string, unknown>();
    for (const id of ackedBefore.keys()) originalScores.set(id, (await getJson(baseUrl, `/api/sessions/${id}/score`, adminOriginal)).body);
    const exited = new Promise((resolve) => children[0]!.once('exit', resolve));
    children[0]!.kill('SIGTERM');
    await exited;
    const original = await Promise.all([...ackedBefore.keys()].map(async (id) => ({ id, log: readLog(await sessionFile(dataDir, id)) })));

    const restoredDir = path.join(await mkdtemp(path.join(tmpdir(), 'lab-restored-')), 'data');
    await labTool(restoredDir, 'restore', archive);
    const restoredPort = await freePort();
    const restoredUrl = `http://127.0.0.1:${restoredPort}`;
    children.push(await startServerProcess(restoredDir, restoredPort));
    const adminRestored = await login(restoredUrl, 'admin', 'admin');
    let ended = 0;
    for (const { id, log } of original) {
      // The restored lab replayed the journals into the session files on start: whole lines, nothing acknowledged missing.
      const text = await sessionFile(restoredDir, id);
      expect(text.endsWith('\n'), `${id} ends on a whole line`).toBe(true);
      const restored = readLog(text);
      expect(restored.unreadable, id).toEqual([]);
      expect(restored.gaps, id).toEqual([]);
      expect(restored.events.at(-1)!.seq, id).toBeGreaterThanOrEqual(ackedBefore.get(id)!);
      const acknowledged = (events: typeof log.events) => events.filter((event) => event.seq <= ackedBefore.get(id)!);
      expect(acknowledged(restored.events), id).toEqual(acknowledged(log.events));
      if (restored.events.some((event) => event.type === 'session.ended')) {
        ended++;
        const score = await getJson(restoredUrl, `/api/sessions/${id}/score`, adminRestored);
        expect(score.status, id).toBe(200);
        expect(score.body, id).toEqual(originalScores.get(id));
      }
    }
    expect(ended).toBeGreaterThanOrEqual(4);
  }, 90_000);
});
