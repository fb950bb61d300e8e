import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect } from 'socket.io-client';
import { actionId, connectDemo, getJson, startLab, type LabClient, type RunningLab } from '../support/lab.js';

const scenarioId = 'helpdesk-fibra-guasto';
let lab: RunningLab;
let instructor: LabClient;
let owner: LabClient;
let intruder: LabClient;
let intruderCookie: string;
let sessionId: string;

beforeAll(async () => {
  lab = await startLab();
  instructor = (await connectDemo(lab, 'instructor')).socket;
  owner = (await connectDemo(lab, 'trainee1')).socket;
  const other = await connectDemo(lab, 'trainee2');
  intruder = other.socket;
  intruderCookie = other.cookie;
  const launched = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
  sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
});
afterAll(async () => {
  for (const socket of [instructor, owner, intruder]) socket.disconnect();
  await lab.stop();
});

describe('roles and rooms, decided by the server', () => {
  it("refuses a trainee who joins, acts in or reads the score of another trainee's session, as if it did not exist", async () => {
    // Over the socket as over HTTP: the answer for another trainee's session is the one for no session at all.
    const notFound = { ok: false, error: { code: 'NOT_FOUND', message: 'No such session.', params: {} } };
    for (const asked of [sessionId, 'no-such-session']) {
      expect(await intruder.emitWithAck('session:join', { sessionId: asked, sinceSeq: 0 }), asked).toEqual(notFound);
      const act = await intruder.emitWithAck('session:act', { sessionId: asked, actionId: actionId(), action: { type: 'call.answer' } });
      expect(act, asked).toEqual(notFound);
      expect(await intruder.emitWithAck('session:score', { sessionId: asked }), asked).toEqual(notFound);
      expect(await getJson(lab.baseUrl, `/api/sessions/${asked}`, intruderCookie), asked).toEqual({ status: 404, body: notFound });
      expect(await getJson(lab.baseUrl, `/api/sessions/${asked}/review`, intruderCookie), asked).toEqual({ status: 404, body: notFound });
    }
    const ownerView = await owner.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(ownerView.ok && ownerView.data.events.map((e) => e.type)).toEqual(['session.launched', 'call.offered']);
  });

  it('refuses a trainee who launches a scenario, watches the roster or reads a rubric', async () => {
    expect(await intruder.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo2'] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await intruder.emitWithAck('roster:watch', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await intruder.emitWithAck('scenario:rubric', { scenarioId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rubric = await instructor.emitWithAck('scenario:rubric', { scenarioId });
    expect(rubric.ok && rubric.data.length).toBeGreaterThan(5);
    expect(JSON.stringify(rubric)).not.toContain('"rule"');
  });

  it('keeps observers read-only', async () => {
    await instructor.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    const act = await instructor.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    expect(act).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers malformed payloads with BAD_REQUEST and changes nothing', async () => {
    const before = await owner.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    for (const payload of [
      null,
      42,
      'x',
      { sessionId },
      { sessionId, actionId: 'short', action: { type: 'call.answer' } },
      { sessionId, actionId: actionId(), action: { type: 'reply', text: '' } },
      { sessionId, actionId: actionId(), action: { type: 'explode' } },
    ]) {
      expect(await owner.emitWithAck('session:act', payload as never)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    }
    expect(await instructor.emitWithAck('session:launch', { scenarioId })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await instructor.emitWithAck('session:launch', { scenarioId: 'no-such-scenario', traineeIds: ['u-allievo3'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const after = await owner.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(after).toEqual(before);
  });

  it('refuses a trainee every route that runs the course, and the class list', async () => {
    const cookie = intruderCookie;
    expect((await getJson(lab.baseUrl, '/api/course/classes', cookie)).status).toBe(403);
    for (const route of [
      '/api/course/classes',
      '/api/course/trainees',
      '/api/course/trainees/import',
      '/api/course/users/u-allievo2/deactivate',
    ]) {
      const response = await fetch(`${lab.baseUrl}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: '{}',
      });
      expect(response.status, route).toBe(403);
    }
  });

  it('refuses a socket without a login, and HTTP routes without one', async () => {
    const anonymous = connect(lab.baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
    const error = await new Promise<Error>((resolve) => anonymous.once('connect_error', resolve));
    expect(error.message).toBe('UNAUTHENTICATED');
    anonymous.disconnect();
    expect((await getJson(lab.baseUrl, '/api/sessions')).status).toBe(401);
    const wrong = await fetch(`${lab.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'docente', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
  });
});
