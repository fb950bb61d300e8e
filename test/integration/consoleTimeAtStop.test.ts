import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassRegister } from '../../protocol/courseAttendance.js';
import { connectAs, eventually, getJson, login, startLab, stopLab, type LabClient, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

/** Monday 7 December 2026, 9:00 in Rome. */
const nine = Date.UTC(2026, 11, 7, 8, 0);
const minute = 60_000;

const labs: RunningLab[] = [];
const sockets: LabClient[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await killHard(child);
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const lab of labs.splice(0)) await stopLab(lab).catch(() => undefined);
});
async function start(clock: ManualClock, dir?: string): Promise<RunningLab> {
  const lab = await startLab({ clock }, dir);
  labs.push(lab);
  return lab;
}
async function labHoursOn(lab: RunningLab, day: string): Promise<number | undefined> {
  const teacher = await login(lab.baseUrl, 'docente', 'docente');
  const register = await getJson<ClassRegister>(lab.baseUrl, '/api/course/classes/aula-a/register/2026-12', teacher);
  const row = register.body.ok ? register.body.data.rows.find((candidate) => candidate.traineeId === 'u-allievo1') : undefined;
  return row?.days[day]?.lab;
}
async function traineeAtConsole(lab: RunningLab): Promise<LabClient> {
  const socket = await connectAs(lab.baseUrl, await login(lab.baseUrl, 'allievo1', 'allievo'));
  sockets.push(socket);
  return socket;
}

describe('the open stretch of console time when the lab stops', () => {
  it('counts up to a graceful stop, and not beyond, after the restart', async () => {
    const clock = new ManualClock(nine);
    const lab = await start(clock);
    await traineeAtConsole(lab);
    await clock.advance(45 * minute);
    labs.splice(labs.indexOf(lab), 1);
    await stopLab(lab);

    // The lab comes back three hours later; the trainee has not logged in again.
    const restarted = await start(new ManualClock(nine + 3 * 60 * minute), lab.dataDir);
    expect(await labHoursOn(restarted, '2026-12-07')).toBe(0.75);
  });

  it('after a crash, is closed at the last moment the lab knew the trainee was there', async () => {
    const clock = new ManualClock(nine);
    const lab = await start(clock);
    await traineeAtConsole(lab);
    // Half an hour of the lab's heartbeats with the trainee connected; the last one is kept on disk.
    await clock.advance(30 * minute);
    const kept = path.join(lab.dataDir, 'console-open.json');
    await eventually(() => existsSync(kept) && readFileSync(kept, 'utf8').includes(`"seenAt":${nine + 30 * minute}`));
    await clock.advance(40_000);
    // The crash: the process is gone, the folder is as it was at that moment, nothing closed the stretch.
    const crashed = path.join(await mkdtemp(path.join(tmpdir(), 'lab-crashed-')), 'data');
    await cp(lab.dataDir, crashed, { recursive: true });

    const restarted = await start(new ManualClock(nine + 3 * 60 * minute), crashed);
    // Half an hour: not lost, not counted up to the restart three hours on.
    expect(await labHoursOn(restarted, '2026-12-07')).toBe(0.5);
    expect(existsSync(path.join(crashed, 'console-open.json'))).toBe(false);
    labs.splice(labs.indexOf(restarted), 1);
    await stopLab(restarted);
    // A second start counts it once.
    const again = await start(new ManualClock(nine + 4 * 60 * minute), crashed);
    expect(await labHoursOn(again, '2026-12-07')).toBe(0.5);
  });

  it('is on disk when the real server stops on SIGTERM with the trainee still connected', async () => {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'lab-stop-')), 'data');
    const port = await freePort();
    const child = await startServerProcess(dataDir, port);
    children.push(child);
    const baseUrl = `http://127.0.0.1:${port}`;
    const socket = await connectAs(baseUrl, await login(baseUrl, 'allievo1', 'allievo'));
    sockets.push(socket);
    const connectedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const stoppedAt = Date.now();
    const records = (await readFile(path.join(dataDir, 'course-records.jsonl'), 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string; traineeId: string; from: number; to: number });
    const stretch = records.find((record) => record.type === 'console' && record.traineeId === 'u-allievo1');
    expect(stretch?.to).toBeGreaterThanOrEqual(connectedAt + 1_500);
    expect(stretch?.to).toBeLessThanOrEqual(stoppedAt);
  }, 60_000);
});
