import { describe, expect, it } from 'vitest';
import type { CheckView } from '../../protocol/courseChecks.js';
import { postJson } from '../support/courseApi.js';
import { connectDemo, getJson, labPerFile, login } from '../support/lab.js';

const running = labPerFile();
const fibre = 'helpdesk-fibra-guasto';

describe('an archived class refuses every launch by id', () => {
  it('refuses a single launch, a class launch, a queue and a check, and nothing rings or is kept', async () => {
    const lab = running.lab;
    // The trainee is there and ready: before archiving, each of these launches would ring.
    const trainee = await connectDemo(lab, 'trainee1');
    running.sockets.push(trainee.socket);
    const { socket: teacher, cookie: teacherCookie } = await connectDemo(lab, 'instructor');
    running.sockets.push(teacher);
    const now = Date.now();
    const checkBody = {
      classId: 'aula-a',
      unit: 'UF1',
      scenarioIds: [fibre],
      opensAt: now,
      closesAt: now + 3_600_000,
      questionsPerCode: 1,
    };
    const before = await postJson<CheckView>(lab.baseUrl, '/api/course/checks', checkBody, teacherCookie);
    const scheduledId = before.body.ok ? before.body.data.id : '';
    const admin = await login(lab.baseUrl, 'admin', 'admin');
    expect((await postJson(lab.baseUrl, '/api/course/classes/aula-a', { archived: true }, admin)).status).toBe(200);
    const sessionsBefore = lab.application.context.sessions.all().length;

    const refused = { ok: false, error: { code: 'INVALID_STATE', params: { reason: 'classArchived' } } };
    expect(await teacher.emitWithAck('session:launch', { scenarioId: fibre, classId: 'aula-a' })).toMatchObject(refused);
    expect(await teacher.emitWithAck('session:launch', { scenarioId: fibre, traineeIds: ['u-allievo1'] })).toMatchObject(refused);
    expect(await teacher.emitWithAck('queue:add', { classId: 'aula-a', scenarioIds: [fibre], copies: 2, staggerSeconds: 0 })).toMatchObject(
      refused,
    );
    const check = await postJson<CheckView>(lab.baseUrl, '/api/course/checks', checkBody, teacherCookie);
    expect(check.status).toBe(409);
    expect(check.body).toMatchObject(refused);
    expect(check.body.ok ? '' : check.body.error.message).toContain('archived');

    // A check scheduled before the archiving is not started: starting would ring its first call.
    const started = await postJson(lab.baseUrl, `/api/course/checks/${scheduledId}/start`, null, trainee.cookie);
    expect(started.body).toMatchObject(refused);

    expect(lab.application.context.sessions.all()).toHaveLength(sessionsBefore);
    expect(lab.application.context.registry.liveSessionOf('u-allievo1')).toBeUndefined();
    const queue = lab.application.context.queue.view('aula-a', 'Aula A', () => ({ it: '', en: '' }));
    expect(queue.offered).toBe(0);
    const checks = await getJson<CheckView[]>(lab.baseUrl, '/api/course/classes/aula-a/checks', teacherCookie);
    expect(checks.body.ok && checks.body.data.map((listed) => listed.id)).toEqual([scheduledId]);
  });
});
