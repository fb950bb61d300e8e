import { describe, expect, it } from 'vitest';
import type { CourseClass, CourseDirectory, ImportOutcome, OneTimePassword } from '../../protocol/courseAccounts.js';
import { hashPassword } from '../../server/auth/password.js';
import { postJson, taxCode, threeTrainees } from '../support/courseApi.js';
import { actionId, connectAs, connectDemo, eventually, getJson, labPerFile, login } from '../support/lab.js';

const running = labPerFile();
const admin = async () => login(running.lab.baseUrl, 'admin', 'admin');
const instructor = async () => login(running.lab.baseUrl, 'docente', 'docente');
const classDetails = {
  name: 'Operatore call center Inbound - Aula B',
  courseCode: 'CAMP-2026-017',
  startDate: '2026-09-14',
  endDate: '2027-01-29',
  plannedHours: 300,
  instructorIds: [] as string[],
  assessorIds: ['u-valutatore'],
};

describe('classes', () => {
  it('an administrator creates, renames and archives a class; archived, it leaves the launch list', async () => {
    const cookie = await admin();
    const created = await postJson<CourseClass>(running.lab.baseUrl, '/api/course/classes', classDetails, cookie);
    expect(created.body).toMatchObject({ ok: true, data: { ...classDetails, archived: false, trainees: [] } });
    const id = created.body.ok ? created.body.data.id : '';
    const renamed = await postJson<CourseClass>(running.lab.baseUrl, `/api/course/classes/${id}`, { name: 'Aula B (sera)' }, cookie);
    expect(renamed.body).toMatchObject({ ok: true, data: { name: 'Aula B (sera)', courseCode: 'CAMP-2026-017' } });
    const listed = async () =>
      ((await getJson<{ id: string }[]>(running.lab.baseUrl, '/api/classes', cookie)).body as { data: { id: string }[] }).data;
    expect((await listed()).map((group) => group.id)).toContain(id);
    await postJson(running.lab.baseUrl, `/api/course/classes/${id}`, { archived: true }, cookie);
    expect((await listed()).map((group) => group.id)).not.toContain(id);
    // Kept on disk with its history: the course screen still lists it, marked archived.
    const directory = await getJson<CourseDirectory>(running.lab.baseUrl, '/api/course/classes', cookie);
    expect(directory.body.ok && directory.body.data.classes.find((group) => group.id === id)?.archived).toBe(true);
  });

  it('refuses a class with a wrong staff id or bad dates, and an instructor creating one or re-staffing theirs', async () => {
    const cookie = await admin();
    const wrong = await postJson(running.lab.baseUrl, '/api/course/classes', { ...classDetails, instructorIds: ['u-allievo1'] }, cookie);
    expect(wrong).toMatchObject({ status: 400, body: { error: { params: { reason: 'unknownStaff' } } } });
    expect((await postJson(running.lab.baseUrl, '/api/course/classes', { ...classDetails, startDate: '14/09/2026' }, cookie)).status).toBe(
      400,
    );
    const teacher = await instructor();
    expect((await postJson(running.lab.baseUrl, '/api/course/classes', classDetails, teacher)).status).toBe(403);
    expect((await postJson(running.lab.baseUrl, '/api/course/classes/aula-a', { instructorIds: [] }, teacher)).status).toBe(403);
    // Their own class's name and dates are theirs to keep up to date.
    expect((await postJson(running.lab.baseUrl, '/api/course/classes/aula-a', { plannedHours: 300 }, teacher)).status).toBe(200);
  });
});

describe('importing trainees from a CSV', () => {
  it('previews a bad file row by row and saves nothing, not even its good rows', async () => {
    const cookie = await instructor();
    const before = running.lab.application.context.users.all().length;
    const good = taxCode('BNCGNN85M10F839');
    const csv = [
      'nome,cognome,codice fiscale,email,classe',
      `Gianni,Bianchi,${good},gianni@example.it,aula-a`,
      `Paola,Verdi,RSSMRA80A01F839X,paola@example.it,aula-a`,
      `,Neri,${taxCode('NREPLA70A41F839')},paola.neri@example.it,aula-a`,
      `Gianni,Bianchi,${good},gianni2@example.it,aula-a`,
      `Ugo,Foscolo,${taxCode('FSCGUO78B10F839')},not-an-email,aula-zeta`,
    ].join('\n');
    for (const commit of [false, true]) {
      const { status, body } = await postJson<ImportOutcome>(running.lab.baseUrl, '/api/course/trainees/import', { csv, commit }, cookie);
      expect(status).toBe(200);
      const outcome = body.ok ? body.data : null;
      expect(outcome?.saved).toBe(false);
      expect(outcome?.passwords).toEqual([]);
      expect(outcome?.rows.map((row) => [row.line, row.errors.map((error) => error.problem)])).toEqual([
        [2, []],
        [3, ['badTaxCode']],
        [4, ['missingField']],
        [5, ['duplicateInFile']],
        [6, ['badEmail', 'unknownClass']],
      ]);
      expect(outcome?.rows[3]?.errors[0]).toMatchObject({ field: 'taxCode', line: 2 });
    }
    expect(running.lab.application.context.users.all().length).toBe(before);
  });

  it('imports a good file whole: each trainee can log in once with their one-time password and must change it', async () => {
    const cookie = await instructor();
    const preview = await postJson<ImportOutcome>(
      running.lab.baseUrl,
      '/api/course/trainees/import',
      { csv: threeTrainees(), commit: false },
      cookie,
    );
    expect(preview.body.ok && preview.body.data.rows.map((row) => row.username)).toEqual(['anna.esposito', 'luca.de.rosa', 'chiara.russo']);
    expect(running.lab.application.context.users.byUsername('anna.esposito')).toBeUndefined();
    const saved = await postJson<ImportOutcome>(
      running.lab.baseUrl,
      '/api/course/trainees/import',
      { csv: threeTrainees(), commit: true },
      cookie,
    );
    const outcome = saved.body.ok ? saved.body.data : null;
    expect(outcome?.saved).toBe(true);
    expect(outcome?.passwords.map((entry) => entry.displayName)).toEqual(['Anna Esposito', 'Luca De Rosa', 'Chiara Russo']);
    const anna = outcome?.passwords[0] as OneTimePassword;
    const annaCookie = await login(running.lab.baseUrl, anna.username, anna.password);
    expect((await getJson(running.lab.baseUrl, '/api/auth/me', annaCookie)).body).toMatchObject({
      data: { role: 'trainee', classId: 'aula-a', mustChangePassword: true },
    });
    expect((await getJson(running.lab.baseUrl, '/api/practice', annaCookie)).status).toBe(401);
    // The same file again: every row is already enrolled, and nothing is added twice.
    const again = await postJson<ImportOutcome>(
      running.lab.baseUrl,
      '/api/course/trainees/import',
      { csv: threeTrainees(), commit: true },
      cookie,
    );
    expect(again.body.ok && again.body.data.rows.every((row) => row.errors[0]?.problem === 'alreadyEnrolled')).toBe(true);
    expect(running.lab.application.context.users.all().filter((user) => user.username.startsWith('anna.esposito'))).toHaveLength(1);
  });

  it('answers an unreadable or headless file with a reason, and an instructor naming another class row by row', async () => {
    const cookie = await instructor();
    const unreadable = await postJson(
      running.lab.baseUrl,
      '/api/course/trainees/import',
      { csv: 'nome;cognome\n"Anna;Rossi', commit: false },
      cookie,
    );
    expect(unreadable).toMatchObject({ status: 400, body: { error: { params: { reason: 'csvUnreadable' } } } });
    const admin_ = await admin();
    await postJson(running.lab.baseUrl, '/api/course/classes', { ...classDetails, courseCode: 'CAMP-2026-099', name: 'Aula C' }, admin_);
    const other = await postJson<ImportOutcome>(
      running.lab.baseUrl,
      '/api/course/trainees/import',
      { csv: threeTrainees('CAMP-2026-099'), commit: true },
      cookie,
    );
    expect(other.body.ok && other.body.data.rows.flatMap((row) => row.errors.map((error) => error.problem))).toContain('notYourClass');
  });
});

describe('accounts', () => {
  it('enrols one trainee at a time, refusing a bad tax code with its reason', async () => {
    const cookie = await instructor();
    const trainee = {
      firstName: 'Sara',
      surname: 'Gallo',
      taxCode: taxCode('GLLSRA99D50F839'),
      email: 'sara.gallo@example.it',
      classId: 'aula-a',
    };
    const bad = await postJson(running.lab.baseUrl, '/api/course/trainees', { ...trainee, taxCode: 'GLLSRA99D50F839Z' }, cookie);
    expect(bad).toMatchObject({ status: 400, body: { error: { params: { reason: 'badTaxCode' } } } });
    const made = await postJson<OneTimePassword>(running.lab.baseUrl, '/api/course/trainees', trainee, cookie);
    expect(made.body).toMatchObject({ ok: true, data: { username: 'sara.gallo', displayName: 'Sara Gallo' } });
    const roster = await getJson<{ id: string; trainees: { displayName: string }[] }[]>(running.lab.baseUrl, '/api/classes', cookie);
    expect(roster.body.ok && roster.body.data.find((group) => group.id === 'aula-a')?.trainees.map((t) => t.displayName)).toContain(
      'Sara Gallo',
    );
  });

  it('an administrator resets a password: the old one stops working, the new one must be changed at the next login', async () => {
    const cookie = await admin();
    const reset = await postJson<OneTimePassword>(running.lab.baseUrl, '/api/course/users/u-allievo3/password-reset', null, cookie);
    expect(reset.status).toBe(200);
    await expect(login(running.lab.baseUrl, 'allievo3', 'allievo')).rejects.toThrow(/401/);
    const fresh = await login(running.lab.baseUrl, 'allievo3', reset.body.ok ? reset.body.data.password : '');
    expect((await getJson(running.lab.baseUrl, '/api/auth/me', fresh)).body).toMatchObject({ data: { mustChangePassword: true } });
    expect((await postJson(running.lab.baseUrl, '/api/course/users/u-admin/password-reset', null, cookie)).status).toBe(409);
    expect((await postJson(running.lab.baseUrl, '/api/course/users/u-allievo2/password-reset', null, await instructor())).status).toBe(403);
  });

  it('a deactivated trainee is logged out at once, cannot log in again, and keeps their sessions', async () => {
    const passwordHash = await hashPassword('uscente-2026');
    await running.lab.application.context.documents.update((data) => {
      data.users.push({
        id: 'u-uscente',
        username: 'uscente',
        displayName: 'Allievo Uscente',
        role: 'trainee',
        classId: 'aula-a',
        passwordHash,
      });
    });
    const teacher = (await connectDemo(running.lab, 'instructor')).socket;
    running.sockets.push(teacher);
    const traineeCookie = await login(running.lab.baseUrl, 'uscente', 'uscente-2026');
    const trainee = await connectAs(running.lab.baseUrl, traineeCookie);
    running.sockets.push(trainee);
    await trainee.emitWithAck('agent:status', { status: 'available' });
    const launched = await teacher.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-uscente'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });

    const closed = new Promise<void>((resolve) => trainee.once('disconnect', () => resolve()));
    expect((await postJson(running.lab.baseUrl, '/api/course/users/u-uscente/deactivate', null, await admin())).status).toBe(200);
    await closed;
    await expect(login(running.lab.baseUrl, 'uscente', 'uscente-2026')).rejects.toThrow(/401/);
    expect((await getJson(running.lab.baseUrl, '/api/auth/me', traineeCookie)).body).toEqual({ ok: true, data: null });
    const sessions = await getJson<{ id: string }[]>(running.lab.baseUrl, '/api/sessions', await admin());
    expect(sessions.body.ok && sessions.body.data.map((session) => session.id)).toContain(sessionId);
    const directory = await getJson<CourseDirectory>(running.lab.baseUrl, '/api/course/classes', await admin());
    const account = directory.body.ok && directory.body.data.classes.flatMap((group) => group.trainees).find((t) => t.id === 'u-uscente');
    expect(account).toMatchObject({ deactivated: true });
    await eventually(() => !trainee.connected);
  });
});
