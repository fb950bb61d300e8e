import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../protocol/views.js';
import { actionId, connectDemo, eventually, getJson, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const scenarioId = 'helpdesk-fibra-guasto';
/** The scenario's ring time (its `rings` timer): after it, a call nobody answered is over. */
const ringTimeMs = 45_000;
const running: RunningLab[] = [];
const sockets: LabClient[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const lab of running.splice(0)) await lab.stop().catch(() => undefined);
});

async function floor(clock?: ManualClock, dataDir?: string) {
  const lab = await startLab(clock ? { clock } : {}, dataDir);
  running.push(lab);
  const connect = async (who: Parameters<typeof connectDemo>[1]) => {
    const client = await connectDemo(lab, who);
    sockets.push(client.socket);
    return client;
  };
  const listed = async (sessionId: string) => {
    const instructor = await connect('assessor');
    const { body } = await getJson<SessionSummary[]>(lab.baseUrl, '/api/sessions', instructor.cookie);
    return body.ok ? body.data.find((session) => session.id === sessionId) : undefined;
  };
  return { lab, connect, listed };
}

describe('a launch rings only the trainees ready for a call', () => {
  it('skips trainees not logged in, on a break or on a call, and says who and why', async () => {
    const { lab, connect } = await floor();
    const instructor = (await connect('instructor')).socket;
    const ready = (await connect('trainee1')).socket;
    const onBreak = (await connect('trainee2')).socket;
    await onBreak.emitWithAck('agent:status', { status: 'paused' });
    const busy = (await connect('trainee4')).socket;
    const first = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo4'] });
    expect(first).toMatchObject({ ok: true, data: { skipped: [] } });
    let rang = 0;
    for (const socket of [ready, onBreak, busy]) socket.on('call:incoming', () => void rang++);

    const launched = await instructor.emitWithAck('session:launch', { scenarioId, classId: 'aula-a' });
    expect(launched.ok).toBe(true);
    if (!launched.ok) return;
    expect(launched.data.sessionIds).toHaveLength(1);
    expect(lab.application.context.registry.record(launched.data.sessionIds[0]!)?.traineeId).toBe('u-allievo1');
    expect(launched.data.skipped.map(({ traineeId, reason }) => [traineeId, reason]).sort()).toEqual([
      ['u-allievo2', 'paused'],
      ['u-allievo3', 'notConnected'],
      ['u-allievo4', 'onCall'],
    ]);
    expect(launched.data.skipped.find((s) => s.traineeId === 'u-allievo3')?.displayName).toBe('Federica Amato');
    await eventually(() => rang >= 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rang).toBe(1);
    expect(lab.application.context.registry.liveSessionOf('u-allievo2')).toBeUndefined();
    expect(lab.application.context.registry.liveSessionOf('u-allievo3')).toBeUndefined();
  });

  it('launches nothing, and says why, when nobody named is ready', async () => {
    const { lab, connect } = await floor();
    const instructor = (await connect('instructor')).socket;
    const launched = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo3'] });
    expect(launched).toEqual({
      ok: true,
      data: { sessionIds: [], skipped: [{ traineeId: 'u-allievo3', displayName: 'Federica Amato', reason: 'notConnected' }] },
    });
    expect(lab.application.context.sessions.all()).toHaveLength(0);
  });
});

describe('a call nobody answers ends, not answered', () => {
  it('lets the instructor cancel a call still ringing: it ends as not answered in the lists, and the trainee is free', async () => {
    const { lab, connect, listed } = await floor();
    const instructor = (await connect('instructor')).socket;
    const trainee = (await connect('trainee1')).socket;
    const launched = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    const cancelled = await instructor.timeout(2_000).emitWithAck('session:cancel', { sessionId });
    expect(cancelled).toEqual({ ok: true, data: { outcome: 'notAnswered' } });
    await lab.application.context.registry.settled();
    expect(await listed(sessionId)).toMatchObject({ status: 'ended', outcome: 'notAnswered' });
    const events = await lab.application.context.registry.eventsOf(sessionId);
    expect(events.at(-1)).toMatchObject({ type: 'session.ended', by: 'instructor' });
    // The trainee's late answer finds the call over, and the next launch reaches them.
    const late = await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    expect(late).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    const again = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    expect(again.ok && again.data.sessionIds).toHaveLength(1);
  });

  it('refuses to cancel a call once it was answered', async () => {
    const { connect } = await floor();
    const instructor = (await connect('instructor')).socket;
    const trainee = (await connect('trainee1')).socket;
    const launched = await instructor.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    await trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    const refused = await instructor.timeout(2_000).emitWithAck('session:cancel', { sessionId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });

  it("ends a call that rang out after the scenario's ring time on the server's clock, with nobody connected", async () => {
    const clock = new ManualClock();
    const { lab, connect, listed } = await floor(clock);
    const instructor = await connect('instructor');
    const trainee = await connect('trainee1');
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    trainee.socket.disconnect();
    instructor.socket.disconnect();
    await clock.advance(ringTimeMs - 1_000);
    expect(lab.application.context.registry.record(sessionId)?.status).toBe('live');
    await clock.advance(1_000);
    expect(lab.application.context.registry.live(sessionId)).toBeUndefined();
    expect(await listed(sessionId)).toMatchObject({ status: 'ended', outcome: 'notAnswered' });
    const types = (await lab.application.context.registry.eventsOf(sessionId)).map((event) => event.type);
    expect(types.slice(-2)).toEqual(['call.hungUp', 'session.ended']);
  });

  it('ends, after a restart, a call whose ring time passed while the lab was down', async () => {
    const clock = new ManualClock();
    const first = await floor(clock);
    const instructor = await first.connect('instructor');
    await first.connect('trainee1');
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    for (const socket of sockets.splice(0)) socket.disconnect();
    await first.lab.stop();
    running.splice(0);

    await clock.advance(ringTimeMs * 2);
    const second = await floor(clock, first.lab.dataDir);
    await clock.advance(0);
    expect(second.lab.application.context.registry.live(sessionId)).toBeUndefined();
    expect(await second.listed(sessionId)).toMatchObject({ status: 'ended', outcome: 'notAnswered' });
  });
});
