import { beforeAll, describe, expect, it } from 'vitest';
import type { JoinedSession } from '../../protocol/socket.js';
import type { Debrief, ScenarioSummary, SessionSummary } from '../../protocol/views.js';
import { postJson } from '../support/courseApi.js';
import { connectDemo, getJson, labPerFile, login } from '../support/lab.js';
import { practiseFibreCall } from '../support/reviewApi.js';

const running = labPerFile();
const fibre = 'helpdesk-fibra-guasto';
const className = 'Operatore call center Inbound - Aula A (demo)';

/** An archived class is read-only: no call of any kind starts in it, nothing of it changes, and its records stay readable. */
describe('an archived class is read-only', () => {
  let trainee: Awaited<ReturnType<typeof connectDemo>>;
  let teacher: Awaited<ReturnType<typeof connectDemo>>;
  let assessor: Awaited<ReturnType<typeof connectDemo>>;
  let admin = '';
  let practised = '';

  beforeAll(async () => {
    const lab = running.lab;
    trainee = await connectDemo(lab, 'trainee1');
    teacher = await connectDemo(lab, 'instructor');
    assessor = await connectDemo(lab, 'assessor');
    running.sockets.push(trainee.socket, teacher.socket, assessor.socket);
    // Before the archiving the instructor opens the fibre call to the class, and the trainee practises it.
    expect(await teacher.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [fibre] })).toMatchObject({ ok: true });
    practised = await practiseFibreCall(lab, trainee.socket);
    admin = await login(lab.baseUrl, 'admin', 'admin');
    expect((await postJson(lab.baseUrl, '/api/course/classes/aula-a', { archived: true }, admin)).status).toBe(200);
  });

  it('refuses its trainees’ own practice calls, naming the class, and offers them nothing to practise', async () => {
    const lab = running.lab;
    const sessionsBefore = lab.application.context.sessions.all().length;
    const practice = await trainee.socket.emitWithAck('session:practice', { scenarioId: fibre });
    expect(practice).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', params: { reason: 'classArchivedPractice', className } } });
    expect(practice.ok ? '' : practice.error.message).toContain('archived');
    expect(lab.application.context.registry.liveSessionOf('u-allievo1')).toBeUndefined();
    expect(lab.application.context.sessions.all()).toHaveLength(sessionsBefore);
    expect((await getJson<ScenarioSummary[]>(lab.baseUrl, '/api/practice', trainee.cookie)).body).toEqual({ ok: true, data: [] });
  });

  it('keeps its practice catalogue as it was: opening or closing scenarios is refused', async () => {
    const classes = () => running.lab.application.context.documents.data.classes;
    const openBefore = classes().find((group) => group.id === 'aula-a')?.openScenarios;
    expect(openBefore).toEqual([fibre]);
    expect(await teacher.socket.emitWithAck('class:open', { classId: 'aula-a', scenarioIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'classArchivedReadOnly', className } },
    });
    expect(classes().find((group) => group.id === 'aula-a')?.openScenarios).toEqual(openBefore);
  });

  it('still shows its calls to its instructor, the assessors and the admin: the lists, the log, the score, the replay', async () => {
    const lab = running.lab;
    for (const cookie of [teacher.cookie, assessor.cookie, admin]) {
      const list = await getJson<SessionSummary[]>(lab.baseUrl, '/api/sessions', cookie);
      expect(list.body.ok && list.body.data.some((session) => session.id === practised)).toBe(true);
      const opened = await getJson<JoinedSession>(lab.baseUrl, `/api/sessions/${practised}`, cookie);
      expect(opened.body.ok && opened.body.data.events.at(-1)?.type).toBe('session.ended');
      const score = await getJson<Debrief>(lab.baseUrl, `/api/sessions/${practised}/score`, cookie);
      expect(score.status).toBe(200);
    }
    const replay = await assessor.socket.emitWithAck('session:join', { sessionId: practised, sinceSeq: 0 });
    expect(replay.ok && replay.data.session.status).toBe('ended');
  });
});
