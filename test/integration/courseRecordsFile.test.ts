import type { ChildProcess } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttendanceRecordView, ClassRegister } from '../../protocol/courseAttendance.js';
import type { CheckView } from '../../protocol/courseChecks.js';
import type { CourseRecord } from '../../server/course/courseRecordTypes.js';
import { postJson } from '../support/courseApi.js';
import { getJson, login, startLab, stopLab, type RunningLab } from '../support/lab.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

/** Monday 14 December 2026, 9:00 in Rome. */
const nine = Date.UTC(2026, 11, 14, 8, 0);
const hour = 3_600_000;
/** Course records as a lab before course-records.jsonl kept them, inside lab.json. */
const earlier: CourseRecord[] = [
  {
    type: 'attendance',
    id: 'att-1',
    traineeId: 'u-allievo1',
    kind: 'lesson',
    day: '2026-12-14',
    hours: 4,
    note: '',
    by: 'u-docente',
    at: nine,
  },
  { type: 'console', traineeId: 'u-allievo1', from: nine, to: nine + hour },
  {
    type: 'check',
    id: 'chk-old',
    classId: 'aula-a',
    unit: 'UF1',
    scenarioIds: ['helpdesk-fibra-guasto'],
    opensAt: nine,
    closesAt: nine + 2 * hour,
    questionIds: ['UF1.K1.01'],
    by: 'u-docente',
    at: nine,
  },
  { type: 'check.started', checkId: 'chk-old', traineeId: 'u-allievo1', at: nine + 60_000 },
  {
    type: 'check.signoff',
    id: 'sig-old',
    checkId: 'chk-old',
    traineeId: 'u-allievo1',
    passed: true,
    date: '2026-12-15',
    note: 'ok',
    evidence: [],
    by: 'u-valutatore',
    at: nine + 24 * hour,
  },
];

const labs: RunningLab[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await killHard(child);
  for (const lab of labs.splice(0)) await stopLab(lab).catch(() => undefined);
});
const start = async (dir?: string) => {
  const lab = await startLab({}, dir);
  labs.push(lab);
  return lab;
};
const stop = async (lab: RunningLab) => {
  labs.splice(labs.indexOf(lab), 1);
  await stopLab(lab);
};
const courseFile = (dir: string) => path.join(dir, 'course-records.jsonl');
const linesOf = async (dir: string) => (await readFile(courseFile(dir), 'utf8')).split('\n').filter(Boolean);
const labJson = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'lab.json'), 'utf8')) as Record<string, unknown>;
async function withEarlierRecords(dir: string): Promise<void> {
  const data = await labJson(dir);
  await writeFile(path.join(dir, 'lab.json'), JSON.stringify({ ...data, courseRecords: earlier }, null, 2));
}
async function seenBy(lab: Pick<RunningLab, 'baseUrl'>) {
  const teacher = await login(lab.baseUrl, 'docente', 'docente');
  const register = await getJson<ClassRegister>(lab.baseUrl, '/api/course/classes/aula-a/register/2026-12', teacher);
  const row = register.body.ok ? register.body.data.rows.find((candidate) => candidate.traineeId === 'u-allievo1') : undefined;
  const checks = await getJson<CheckView[]>(lab.baseUrl, '/api/course/classes/aula-a/checks', teacher);
  return { day: row?.days['2026-12-14'], checks: checks.body.ok ? checks.body.data.map((check) => check.id) : [] };
}

describe('the course records in their own append-only file', () => {
  it('are moved out of an older lab.json at start, every one of them, once', async () => {
    const dir = (await start()).dataDir;
    await stop(labs[0]!);
    await withEarlierRecords(dir);

    const upgraded = await start(dir);
    expect(await seenBy(upgraded)).toEqual({
      day: expect.objectContaining({ lab: 1, lesson: 4 }),
      checks: ['chk-old'],
    });
    expect((await linesOf(dir)).map((line) => JSON.parse(line) as CourseRecord)).toEqual(earlier);
    expect(await labJson(dir)).not.toHaveProperty('courseRecords');
    await stop(upgraded);

    // A second start moves nothing again.
    const again = await start(dir);
    expect(await linesOf(dir)).toHaveLength(earlier.length);
    expect((await seenBy(again)).checks).toEqual(['chk-old']);
  });

  it('after a crash halfway through the move, holds each earlier record once', async () => {
    const dir = (await start()).dataDir;
    await stop(labs[0]!);
    await withEarlierRecords(dir);
    // The file got the first two records (the second torn), lab.json was not rewritten yet.
    const [first, second] = earlier.map((record) => JSON.stringify(record));
    await writeFile(courseFile(dir), `${first}\n${second!.slice(0, 20)}`);

    const lab = await start(dir);
    expect((await linesOf(dir)).map((line) => JSON.parse(line) as CourseRecord)).toEqual(earlier);
    expect(await seenBy(lab)).toMatchObject({ day: expect.objectContaining({ lab: 1, lesson: 4 }), checks: ['chk-old'] });
  });

  it('loses only a torn last line after a crash mid-write; the lab starts and earlier records are never rewritten', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lab-course-file-'));
    const lab = await start(dir);
    const teacher = await login(lab.baseUrl, 'docente', 'docente');
    const entry = (hours: number) => ({ traineeId: 'u-allievo1', kind: 'lesson', day: '2026-12-14', hours, note: '' });
    const made = await postJson<AttendanceRecordView>(lab.baseUrl, '/api/course/classes/aula-a/attendance', entry(3), teacher);
    expect(made.status).toBe(200);
    await stop(lab);
    const written = await readFile(courseFile(dir), 'utf8');
    // A crash while the next record was being written: half a line at the end.
    await appendFile(courseFile(dir), '{"type":"attendance","id":"att-torn","traineeId":"u-all');

    const restarted = await start(dir);
    expect((await seenBy(restarted)).day).toMatchObject({ lesson: 3 });
    const teacherAgain = await login(restarted.baseUrl, 'docente', 'docente');
    // A correction is a new record; the one it corrects stays as it was, byte for byte.
    const correction = { ...entry(5), corrects: made.body.ok ? made.body.data.id : '' };
    expect((await postJson(restarted.baseUrl, '/api/course/classes/aula-a/attendance', correction, teacherAgain)).status).toBe(200);
    expect((await seenBy(restarted)).day).toMatchObject({ lesson: 5 });
    const now = await readFile(courseFile(dir), 'utf8');
    expect(now.startsWith(written)).toBe(true);
    expect(now).not.toContain('att-torn');
    expect(
      now
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as CourseRecord),
    ).toHaveLength(2);
  });

  it('keeps each class change as a record with who and when, while lab.json keeps the class as it is now', async () => {
    const lab = await start();
    const admin = await login(lab.baseUrl, 'admin', 'admin');
    expect((await postJson(lab.baseUrl, '/api/course/classes/aula-a', { name: 'Aula A — mattina' }, admin)).status).toBe(200);
    expect((await postJson(lab.baseUrl, '/api/course/classes/aula-a', { archived: true }, admin)).status).toBe(200);
    const changes = (await linesOf(lab.dataDir))
      .map((line) => JSON.parse(line) as CourseRecord)
      .filter((record) => record.type === 'class');
    expect(changes).toEqual([
      { type: 'class', classId: 'aula-a', change: { name: 'Aula A — mattina' }, by: 'u-admin', at: expect.any(Number) },
      { type: 'class', classId: 'aula-a', change: { archived: true }, by: 'u-admin', at: expect.any(Number) },
    ]);
    const classes = (await labJson(lab.dataDir)).classes as { id: string; name: string; archived?: boolean }[];
    expect(classes.find((group) => group.id === 'aula-a')).toMatchObject({ name: 'Aula A — mattina', archived: true });
  });

  it('are moved when the real server starts on a data folder of an older release', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'lab-course-upgrade-')), 'data');
    await cp(fileURLToPath(new URL('../fixtures/data-format-0/', import.meta.url)), dir, { recursive: true });
    await withEarlierRecords(dir);
    const port = await freePort();
    children.push(await startServerProcess(dir, port));
    expect(await seenBy({ baseUrl: `http://127.0.0.1:${port}` })).toEqual({
      day: expect.objectContaining({ lab: 1, lesson: 4 }),
      checks: ['chk-old'],
    });
    expect((await linesOf(dir)).map((line) => JSON.parse(line) as CourseRecord)).toEqual(earlier);
    expect(await labJson(dir)).not.toHaveProperty('courseRecords');
  }, 60_000);
});
