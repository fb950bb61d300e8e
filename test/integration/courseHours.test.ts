import { describe, expect, it } from 'vitest';
import type { CourseClass } from '../../protocol/courseAccounts.js';
import type { AttendanceRecordView, ClassRegister } from '../../protocol/courseAttendance.js';
import { postJson } from '../support/courseApi.js';
import { actionId, connectAs, eventually, getJson, labPerFile, login } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

/** Monday 7 December 2026, 9:00 in Rome. */
const clock = new ManualClock(Date.UTC(2026, 11, 7, 8, 0));
const running = labPerFile({ clock });
const minutes = (n: number) => n * 60_000;
const register = async (cookie: string, classId = 'aula-a', month = '2026-12') =>
  getJson<ClassRegister>(running.lab.baseUrl, `/api/course/classes/${classId}/register/${month}`, cookie);
const record = (cookie: string, classId: string, entry: Record<string, unknown>) =>
  postJson<AttendanceRecordView>(running.lab.baseUrl, `/api/course/classes/${classId}/attendance`, { note: '', ...entry }, cookie);

describe('the hours the lab counts by itself', () => {
  it('counts console time and time in calls per day, from real sockets and a real call', async () => {
    const teacherCookie = await login(running.lab.baseUrl, 'docente', 'docente');
    const teacher = await connectAs(running.lab.baseUrl, teacherCookie);
    const trainee = await connectAs(running.lab.baseUrl, await login(running.lab.baseUrl, 'allievo1', 'allievo'));
    running.sockets.push(teacher, trainee);
    await clock.advance(minutes(10));
    const launched = await teacher.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    await clock.advance(minutes(3));
    await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.hangUp' } });
    await trainee.emitWithAck('session:act', {
      sessionId,
      actionId: actionId(),
      action: { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' },
    });
    await running.lab.application.context.registry.settled();
    const session = running.lab.application.context.sessions.all().find((candidate) => candidate.id === sessionId)!;
    expect(session.endedAt).not.toBeNull();
    const callHours = Math.round(((session.endedAt! - session.launchedAt) / 3_600_000) * 100) / 100;
    expect(callHours).toBeGreaterThan(0);

    // Still connected: the open stretch counts up to now.
    await clock.advance(minutes(60) - (clock.now() - Date.UTC(2026, 11, 7, 8, 0)));
    const open = await register(teacherCookie);
    expect(open.body.ok && open.body.data.rows.find((row) => row.traineeId === 'u-allievo1')?.days['2026-12-07']).toMatchObject({
      lab: 1,
      calls: callHours,
    });

    await clock.advance(minutes(30));
    trainee.disconnect();
    await eventually(() => running.lab.application.context.course.records().some((r) => r.type === 'console'));
    const closed = await register(teacherCookie);
    const row = closed.body.ok ? closed.body.data.rows.find((candidate) => candidate.traineeId === 'u-allievo1') : undefined;
    expect(row?.days['2026-12-07']).toEqual({ lab: 1.5, calls: callHours, lesson: 0, internship: 0, absent: 0 });
    expect(row?.totals).toMatchObject({ lab: 1.5, attended: 1.5, due: 300, required: 240, standing: 'onTrack' });
    // The next day, nothing yet; the console record is on disk, appended.
    expect(row?.days['2026-12-08']).toBeUndefined();
  });
});

describe('the hours instructors record', () => {
  it('adds lessons, internship, absences and credits with who and when; a correction is a new record', async () => {
    const cookie = await login(running.lab.baseUrl, 'docente', 'docente');
    const lesson = await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'lesson', day: '2026-12-07', hours: 4 });
    expect(lesson.body).toMatchObject({ ok: true, data: { by: 'u-docente', byName: 'Prof.ssa Rosa Iovino', at: clock.now() } });
    const lessonId = lesson.body.ok ? lesson.body.data.id : '';
    await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'internship', day: '2026-12-09', hours: 8 });
    await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'absence', day: '2026-12-10', hours: 4, note: 'malattia' });
    await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'credit', day: '2026-12-07', hours: 20, note: 'attestato' });
    const corrected = await record(cookie, 'aula-a', {
      traineeId: 'u-allievo2',
      kind: 'lesson',
      day: '2026-12-07',
      hours: 3,
      corrects: lessonId,
    });
    expect(corrected.status).toBe(200);
    const twice = await record(cookie, 'aula-a', {
      traineeId: 'u-allievo2',
      kind: 'lesson',
      day: '2026-12-07',
      hours: 2,
      corrects: lessonId,
    });
    expect(twice).toMatchObject({ status: 409, body: { error: { params: { reason: 'alreadyCorrected' } } } });
    const wrongKind = await record(cookie, 'aula-a', {
      traineeId: 'u-allievo2',
      kind: 'internship',
      day: '2026-12-07',
      hours: 2,
      corrects: lessonId,
    });
    expect(wrongKind.status).toBe(400);

    const { body } = await register(cookie);
    const data = body.ok ? body.data : null;
    const row = data?.rows.find((candidate) => candidate.traineeId === 'u-allievo2');
    expect(row?.days['2026-12-07']).toMatchObject({ lesson: 3 });
    expect(row?.days['2026-12-10']).toMatchObject({ absent: 4 });
    expect(row?.totals).toMatchObject({ attended: 11, credits: 20, due: 280, required: 224, reachable: 276, standing: 'onTrack' });
    // The corrected record stays in the register's history, marked as no longer counting.
    expect(data?.records.find((entry) => entry.id === lessonId)).toMatchObject({ hours: 4, superseded: true });
    expect(data?.days).toHaveLength(31);
    expect(data?.minimumAttendance).toBe(0.8);
  });

  it('flags "at risk" once the hours missed leave 80 % out of reach, and "reached" once it is attended', async () => {
    const admin = await login(running.lab.baseUrl, 'admin', 'admin');
    const made = await postJson<CourseClass>(
      running.lab.baseUrl,
      '/api/course/classes',
      { name: 'Modulo breve', courseCode: '', startDate: null, endDate: null, plannedHours: 20, instructorIds: [], assessorIds: [] },
      admin,
    );
    const classId = made.body.ok ? made.body.data.id : '';
    await running.lab.application.context.documents.update((data) => {
      for (const id of ['u-allievo3', 'u-allievo4']) data.users.find((user) => user.id === id)!.classId = classId;
    });
    await record(admin, classId, { traineeId: 'u-allievo3', kind: 'lesson', day: '2026-12-07', hours: 4 });
    await record(admin, classId, { traineeId: 'u-allievo3', kind: 'absence', day: '2026-12-08', hours: 4 });
    const standing = async (traineeId: string) =>
      ((await register(admin, classId)).body as { data: ClassRegister }).data.rows.find((row) => row.traineeId === traineeId)?.totals;
    expect(await standing('u-allievo3')).toMatchObject({ required: 16, reachable: 16, standing: 'onTrack' });
    await record(admin, classId, { traineeId: 'u-allievo3', kind: 'absence', day: '2026-12-09', hours: 1 });
    expect(await standing('u-allievo3')).toMatchObject({ reachable: 15, standing: 'atRisk' });
    for (const day of ['2026-12-07', '2026-12-08'])
      await record(admin, classId, { traineeId: 'u-allievo4', kind: 'lesson', day, hours: 8 });
    expect(await standing('u-allievo4')).toMatchObject({ attended: 16, standing: 'reached' });
  });

  it('refuses a trainee of another class, too many hours, a bad day; and exports the month as Italian CSV', async () => {
    const cookie = await login(running.lab.baseUrl, 'docente', 'docente');
    expect((await record(cookie, 'aula-a', { traineeId: 'u-allievo3', kind: 'lesson', day: '2026-12-07', hours: 2 })).status).toBe(404);
    expect((await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'lesson', day: '2026-12-07', hours: 25 })).status).toBe(400);
    expect((await record(cookie, 'aula-a', { traineeId: 'u-allievo2', kind: 'lesson', day: '7/12/2026', hours: 2 })).status).toBe(400);
    expect((await register(cookie, 'aula-a', '2026-13')).status).toBe(400);
    const response = await fetch(`${running.lab.baseUrl}/api/course/classes/aula-a/register-csv/2026-12`, { headers: { cookie } });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(
      /^Allievo;01\/12;02\/12;.*;31\/12;Ore del mese;Ore frequentate \(corso\);di cui laboratorio;Crediti riconosciuti;Ore richieste;Stato$/,
    );
    const marco = lines.find((line) => line.startsWith('Marco Sorrentino'))!.split(';');
    expect([marco[7], marco[9], marco[10]]).toEqual(['3', '8', 'A']);
    expect(marco.slice(-6)).toEqual(['11', '11', '0', '20', '224', 'in corso']);
  });
});
