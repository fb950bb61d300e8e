import { describe, expect, it } from 'vitest';
import type { CheckView, TraineeCheck } from '../../protocol/courseChecks.js';
import { postJson } from '../support/courseApi.js';
import { actionId, connectAs, eventually, getJson, labPerFile, login, type LabClient } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const clock = new ManualClock(Date.UTC(2026, 11, 14, 8, 0));
const running = labPerFile({ clock });
const minute = 60_000;
const order = ['helpdesk-modem-kb', 'helpdesk-fibra-guasto', 'informazioni-offerte-fibra'];

async function schedule(scenarioIds: string[], minutesOpen: number): Promise<string> {
  const teacher = await login(running.lab.baseUrl, 'docente', 'docente');
  const body = {
    classId: 'aula-a',
    unit: 'UF1',
    scenarioIds,
    opensAt: clock.now(),
    closesAt: clock.now() + minutesOpen * minute,
    questionsPerCode: 1,
  };
  const made = await postJson<CheckView>(running.lab.baseUrl, '/api/course/checks', body, teacher);
  if (!made.body.ok) throw new Error(made.body.error.message);
  return made.body.data.id;
}

/** The calls that rang on the trainee's console, in the order they rang. */
function ringing(socket: LabClient): { scenarioId: string; sessionId: string }[] {
  const rang: { scenarioId: string; sessionId: string }[] = [];
  socket.on('call:incoming', (message) => rang.push({ scenarioId: message.scenario.id, sessionId: message.session.id }));
  return rang;
}

/** Answers the call, lets `minutes` pass on it, hangs up (unless the caller did) and wraps up: the call ends. */
async function takeCall(socket: LabClient, sessionId: string, minutes = 0): Promise<void> {
  await socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  const act = async (action: Parameters<typeof socket.emitWithAck<'session:act'>>[1]['action']) => {
    const done = await socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
    expect(done.ok, JSON.stringify(done)).toBe(true);
  };
  await act({ type: 'call.answer' });
  await clock.advance(minutes * minute);
  // A caller left waiting in silence hangs up by himself: then the call is in wrap-up already.
  if (running.lab.application.context.registry.live(sessionId)?.core.view.phase !== 'wrapUp') await act({ type: 'call.hangUp' });
  await act({ type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' });
  await running.lab.application.context.registry.settled();
}

describe('a UF check rings its calls in its own order', () => {
  it('rings the first call at the start and each next one when the one before ends; no call out of order', async () => {
    const checkId = await schedule(order, 120);
    const cookie = await login(running.lab.baseUrl, 'allievo1', 'allievo');
    const trainee = await connectAs(running.lab.baseUrl, cookie);
    running.sockets.push(trainee);
    const rang = ringing(trainee);
    const url = (step: string) => `/api/course/checks/${checkId}/${step}`;

    const started = await postJson<TraineeCheck>(running.lab.baseUrl, url('start'), null, cookie);
    expect(started.status).toBe(200);
    await eventually(() => rang.length === 1);
    expect(rang[0]?.scenarioId).toBe('helpdesk-modem-kb');
    expect(started.body.ok && started.body.data.sitting.calls.map((call) => call.sessionId)).toEqual([rang[0]?.sessionId, null, null]);

    // The third call cannot be picked before its turn, the second not while the first is on, the first not again.
    const outOfOrder = await postJson(running.lab.baseUrl, url('call'), { scenarioId: 'informazioni-offerte-fibra' }, cookie);
    expect(outOfOrder.status).toBe(409);
    expect(outOfOrder.body).toMatchObject({ ok: false, error: { params: { reason: 'checkOrder' } } });
    expect((await postJson(running.lab.baseUrl, url('call'), { scenarioId: 'helpdesk-fibra-guasto' }, cookie)).body).toMatchObject({
      ok: false,
      error: { params: { reason: 'previousCallOn' } },
    });
    expect((await postJson(running.lab.baseUrl, url('call'), { scenarioId: 'helpdesk-modem-kb' }, cookie)).body).toMatchObject({
      ok: false,
      error: { params: { reason: 'callTaken' } },
    });
    expect(running.lab.application.context.sessions.all().filter((session) => session.traineeId === 'u-allievo1')).toHaveLength(1);

    await takeCall(trainee, rang[0]!.sessionId, 5);
    await eventually(() => rang.length === 2);
    expect(rang[1]?.scenarioId).toBe('helpdesk-fibra-guasto');
    const second = running.lab.application.context.sessions.get(rang[1]!.sessionId);
    expect(second).toMatchObject({ exam: true, launchedBy: 'u-docente', traineeId: 'u-allievo1' });
    expect(second!.launchedAt).toBeGreaterThanOrEqual(running.lab.application.context.sessions.get(rang[0]!.sessionId)!.endedAt!);

    await takeCall(trainee, rang[1]!.sessionId);
    await eventually(() => rang.length === 3);
    expect(rang[2]?.scenarioId).toBe('informazioni-offerte-fibra');
    await takeCall(trainee, rang[2]!.sessionId);
    // The last call ended: nothing more rings.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rang).toHaveLength(3);
    const mine = await getJson<TraineeCheck[]>(running.lab.baseUrl, '/api/course/my-checks', cookie);
    const sitting = mine.body.ok ? mine.body.data.find((check) => check.id === checkId)?.sitting : undefined;
    expect(sitting?.calls).toEqual([
      { scenarioId: 'helpdesk-modem-kb', sessionId: rang[0]!.sessionId, ended: true, percent: null },
      { scenarioId: 'helpdesk-fibra-guasto', sessionId: rang[1]!.sessionId, ended: true, percent: null },
      { scenarioId: 'informazioni-offerte-fibra', sessionId: rang[2]!.sessionId, ended: true, percent: null },
    ]);
    trainee.disconnect();
  });

  it('rings no next call once the check’s window has closed', async () => {
    const checkId = await schedule(order, 10);
    const cookie = await login(running.lab.baseUrl, 'allievo2', 'allievo');
    const trainee = await connectAs(running.lab.baseUrl, cookie);
    running.sockets.push(trainee);
    const rang = ringing(trainee);
    expect((await postJson(running.lab.baseUrl, `/api/course/checks/${checkId}/start`, null, cookie)).status).toBe(200);
    await eventually(() => rang.length === 1);
    // The first call lasts past the end of the window.
    await takeCall(trainee, rang[0]!.sessionId, 11);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rang).toHaveLength(1);
    expect(running.lab.application.context.registry.liveSessionOf('u-allievo2')).toBeUndefined();
  });

  it('rings no next call to a trainee who left the console; back, they ask for it, and only for it', async () => {
    const checkId = await schedule(order, 120);
    const cookie = await login(running.lab.baseUrl, 'allievo4', 'allievo');
    const trainee = await connectAs(running.lab.baseUrl, cookie);
    running.sockets.push(trainee);
    const rang = ringing(trainee);
    expect((await postJson(running.lab.baseUrl, `/api/course/checks/${checkId}/start`, null, cookie)).status).toBe(200);
    await eventually(() => rang.length === 1);
    trainee.disconnect();
    await eventually(() => !running.lab.application.context.presence.isConnected('u-allievo4'));
    // Nobody answers: the caller gives up and the first call ends.
    await clock.advance(10 * minute);
    await eventually(() => running.lab.application.context.registry.liveSessionOf('u-allievo4') === undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sessionsOf = () => running.lab.application.context.sessions.all().filter((session) => session.traineeId === 'u-allievo4');
    expect(sessionsOf()).toHaveLength(1);

    const back = await connectAs(running.lab.baseUrl, cookie);
    running.sockets.push(back);
    const url = `/api/course/checks/${checkId}/call`;
    expect((await postJson(running.lab.baseUrl, url, { scenarioId: 'informazioni-offerte-fibra' }, cookie)).body).toMatchObject({
      ok: false,
      error: { params: { reason: 'checkOrder' } },
    });
    const next = await postJson<{ sessionId: string }>(running.lab.baseUrl, url, { scenarioId: 'helpdesk-fibra-guasto' }, cookie);
    expect(next.body).toMatchObject({ ok: true });
    expect(sessionsOf().map((session) => session.scenarioId)).toEqual(['helpdesk-modem-kb', 'helpdesk-fibra-guasto']);
  });
});
