import { describe, expect, it } from 'vitest';
import type { CheckReport, CheckView, SignedCheck, TraineeCheck } from '../../protocol/courseChecks.js';
import bank from '../../server/course/ufQuestionBank.json' with { type: 'json' };
import { postJson } from '../support/courseApi.js';
import { actionId, connectAs, getJson, labPerFile, login } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const clock = new ManualClock(Date.UTC(2026, 11, 14, 8, 0));
const running = labPerFile({ clock });
const hour = 3_600_000;
const answerOf = new Map(Object.values(bank.questions).flatMap((list) => list.map((question) => [question.id, question.answer] as const)));
const schedule = (overrides: Record<string, unknown> = {}) => ({
  classId: 'aula-a',
  unit: 'UF1',
  scenarioIds: ['helpdesk-fibra-guasto'],
  opensAt: clock.now(),
  closesAt: clock.now() + 2 * hour,
  questionsPerCode: 1,
  ...overrides,
});

describe('a UF1 check, from scheduling to a locked sign-off', () => {
  let checkId = '';

  it('is scheduled by the class’s instructor only, with a window and existing scenarios', async () => {
    const teacher = await login(running.lab.baseUrl, 'docente', 'docente');
    expect((await postJson(running.lab.baseUrl, '/api/course/checks', schedule({ closesAt: clock.now() - 1 }), teacher)).status).toBe(400);
    expect((await postJson(running.lab.baseUrl, '/api/course/checks', schedule({ scenarioIds: ['nope'] }), teacher)).status).toBe(404);
    const assessor = await login(running.lab.baseUrl, 'valutatore', 'valutatore');
    expect((await postJson(running.lab.baseUrl, '/api/course/checks', schedule(), assessor)).status).toBe(403);
    const made = await postJson<CheckView>(running.lab.baseUrl, '/api/course/checks', schedule(), teacher);
    expect(made.body).toMatchObject({ ok: true, data: { unit: 'UF1', questionCount: 10, classId: 'aula-a' } });
    checkId = made.body.ok ? made.body.data.id : '';
    const listed = await getJson<CheckView[]>(running.lab.baseUrl, '/api/course/classes/aula-a/checks', assessor);
    expect(listed.body.ok && listed.body.data.map((check) => check.id)).toEqual([checkId]);
  });

  it('is sat by a trainee: start, the exam call once, the quiz without its key; the check records each step', async () => {
    const cookie = await login(running.lab.baseUrl, 'allievo1', 'allievo');
    const trainee = await connectAs(running.lab.baseUrl, cookie);
    running.sockets.push(trainee);
    const mine = await getJson<TraineeCheck[]>(running.lab.baseUrl, '/api/course/my-checks', cookie);
    expect(JSON.stringify(mine.body)).not.toContain('"answer"');
    const check = mine.body.ok ? mine.body.data[0] : undefined;
    expect(check?.questions.map((question) => question.code)).toEqual(Array.from({ length: 10 }, (_, i) => `UF1.K${i + 1}`));
    const url = (step: string) => `/api/course/checks/${checkId}/${step}`;
    const call = () => postJson<{ sessionId: string }>(running.lab.baseUrl, url('call'), { scenarioId: 'helpdesk-fibra-guasto' }, cookie);
    expect((await call()).body).toMatchObject({ ok: false, error: { params: { reason: 'checkNotInProgress' } } });
    const started = await postJson<TraineeCheck>(running.lab.baseUrl, url('start'), null, cookie);
    expect(started.status).toBe(200);
    expect((await postJson(running.lab.baseUrl, url('start'), null, cookie)).status).toBe(409);

    // The check's call rings by itself at the start (see checkCallOrder.test.ts); asking for it again is refused.
    const sessionId = started.body.ok ? (started.body.data.sitting.calls[0]?.sessionId ?? '') : '';
    expect((await call()).body).toMatchObject({ ok: false, error: { params: { reason: 'callTaken' } } });
    const session = running.lab.application.context.sessions.all().find((record) => record.id === sessionId);
    expect(session).toMatchObject({ traineeId: 'u-allievo1', exam: true, launchedBy: 'u-docente' });
    await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    for (const action of [
      { type: 'call.answer' },
      { type: 'call.hangUp' },
      { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' },
    ] as const)
      await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
    await running.lab.application.context.registry.settled();
    // No retry in exam mode.
    expect((await call()).body).toMatchObject({ ok: false, error: { params: { reason: 'callTaken' } } });

    // Right on the first six codes, wrong on the last four.
    const answers = Object.fromEntries(
      (check?.questions ?? []).map((question, index) => [
        question.id,
        index < 6 ? answerOf.get(question.id)! : (answerOf.get(question.id)! + 1) % 4,
      ]),
    );
    const handed = await postJson<TraineeCheck>(running.lab.baseUrl, url('quiz'), { answers }, cookie);
    expect(handed.body.ok && handed.body.data.sitting.finishedAt).toBe(clock.now());
    expect(JSON.stringify(handed.body)).not.toContain('"right"');
    expect((await postJson(running.lab.baseUrl, url('quiz'), { answers }, cookie)).status).toBe(409);

    const report = await getJson<CheckReport>(
      running.lab.baseUrl,
      url('report'),
      await login(running.lab.baseUrl, 'valutatore', 'valutatore'),
    );
    const sitting = report.body.ok ? report.body.data.sittings.find((entry) => entry.traineeId === 'u-allievo1') : undefined;
    expect(sitting).toMatchObject({ startedAt: clock.now(), finishedAt: clock.now(), calls: [{ sessionId, ended: true }] });
    expect(sitting?.calls[0]?.percent).toEqual(expect.any(Number));
    // The report says which score each call counts with: the automatic one until an assessor reviews it.
    expect(sitting?.calls[0]?.source).toBe('automatic');
    expect(Object.values(sitting?.knowledge ?? {}).reduce((sum, mark) => sum + mark.right, 0)).toBe(6);
    expect(sitting?.knowledge['UF1.K10']).toEqual({ right: 0, asked: 1 });
    expect(report.body.ok && report.body.data.sittings.find((entry) => entry.traineeId === 'u-allievo2')?.startedAt).toBeNull();

    // The report counts the assessor's reviewed score: an item the assessor finds met after all raises the call's percent.
    const assessor = await login(running.lab.baseUrl, 'valutatore', 'valutatore');
    const scored = await getJson<{ items: { id: string; status: string }[] }>(
      running.lab.baseUrl,
      `/api/sessions/${sessionId}/score`,
      assessor,
    );
    const missed = scored.body.ok ? scored.body.data.items.find((item) => item.status === 'missed') : undefined;
    const verdict = {
      itemId: missed?.id,
      verdict: 'met',
      reason: 'Riascoltata: il passaggio è stato fatto, con parole che le regole non conoscono.',
    };
    const posted = await postJson(running.lab.baseUrl, `/api/sessions/${sessionId}/review/verdicts`, verdict, assessor);
    expect(posted.status, JSON.stringify(posted.body)).toBe(200);
    const reviewed = await getJson<CheckReport>(running.lab.baseUrl, url('report'), assessor);
    const after = reviewed.body.ok ? reviewed.body.data.sittings.find((entry) => entry.traineeId === 'u-allievo1') : undefined;
    expect(after?.calls[0]?.percent).toBeGreaterThan(sitting?.calls[0]?.percent ?? 100);
    expect(after?.calls[0]?.source).toBe('reviewed');
  });

  it('is signed off by an assessor and then locked: a change is a new signed record naming the one it corrects', async () => {
    const assessor = await login(running.lab.baseUrl, 'valutatore', 'valutatore');
    const signOff = { traineeId: 'u-allievo1', passed: false, date: '2026-12-14', note: 'Identificazione incompleta.', evidence: ['quiz'] };
    const url = `/api/course/checks/${checkId}/signoff`;
    expect((await postJson(running.lab.baseUrl, url, signOff, await login(running.lab.baseUrl, 'docente', 'docente'))).status).toBe(403);
    const first = await postJson<SignedCheck>(running.lab.baseUrl, url, signOff, assessor);
    expect(first.body).toMatchObject({ ok: true, data: { passed: false, by: 'u-valutatore', byName: 'Dott. Enzo Palumbo' } });
    const firstId = first.body.ok ? first.body.data.id : '';
    const again = await postJson(running.lab.baseUrl, url, { ...signOff, passed: true }, assessor);
    expect(again).toMatchObject({ status: 409, body: { error: { params: { reason: 'checkLocked' } } } });
    const corrected = await postJson<SignedCheck>(
      running.lab.baseUrl,
      url,
      { ...signOff, passed: true, note: 'Rivista la chiamata.', corrects: firstId },
      assessor,
    );
    expect(corrected.status).toBe(200);
    const report = await getJson<CheckReport>(running.lab.baseUrl, `/api/course/checks/${checkId}/report`, assessor);
    const signatures = report.body.ok ? report.body.data.sittings.find((entry) => entry.traineeId === 'u-allievo1')?.signOffs : [];
    expect(signatures?.map((entry) => [entry.passed, entry.superseded])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('closes with its window: no new sitting, but the trainee still sees the one they sat', async () => {
    await clock.advance(2 * hour);
    const cookie = await login(running.lab.baseUrl, 'allievo2', 'allievo');
    expect((await postJson(running.lab.baseUrl, `/api/course/checks/${checkId}/start`, null, cookie)).body).toMatchObject({
      ok: false,
      error: { params: { reason: 'checkClosed' } },
    });
    expect((await getJson<TraineeCheck[]>(running.lab.baseUrl, '/api/course/my-checks', cookie)).body).toEqual({ ok: true, data: [] });
    const sat = await getJson<TraineeCheck[]>(
      running.lab.baseUrl,
      '/api/course/my-checks',
      await login(running.lab.baseUrl, 'allievo1', 'allievo'),
    );
    expect(sat.body.ok && sat.body.data.map((check) => check.id)).toEqual([checkId]);
  });
});
