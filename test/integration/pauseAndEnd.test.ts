import { afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport } from '../../protocol/views.js';
import { actionId, connectDemo, eventually, getJson, labPerFile, startLab, stopLab, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const running: RunningLab[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopLab));
});
const scenarioId = 'helpdesk-fibra-guasto';

async function launchTo(lab: RunningLab, traineeName: 'trainee1' | 'trainee2', traineeId: string, answer = true) {
  const instructor = await connectDemo(lab, 'instructor');
  const trainee = await connectDemo(lab, traineeName);
  const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: [traineeId] });
  const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  if (answer) await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
  return { instructor, trainee, sessionId, close: () => [instructor.socket, trainee.socket].forEach((socket) => socket.close()) };
}

describe('the instructor pausing and resuming a live call', () => {
  it('stops the caller’s timers and the trainee’s console while paused, and starts them afresh on resume', async () => {
    const clock = new ManualClock();
    const lab = await startLab({ clock });
    running.push(lab);
    const { instructor, trainee, sessionId, close } = await launchTo(lab, 'trainee1', 'u-allievo1');
    const heard: SessionEvent[] = [];
    trainee.socket.on('session:events', ({ events }) => heard.push(...events.filter((event) => event.type !== 'guidance.offered')));

    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'pause' })).toMatchObject({ ok: true });
    await eventually(() => heard.some((event) => event.type === 'coach.paused'));
    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'pause' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', params: { reason: 'alreadyPaused' } },
    });
    // The caller would have asked whether anyone is there after 15 s, and hung up after 30 s: paused, it waits.
    await clock.advance(120_000);
    expect(heard.map((event) => event.type)).toEqual(['coach.paused']);
    expect(
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'reply', text: 'Buongiorno' } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', params: { reason: 'callPaused' } } });

    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'resume' })).toMatchObject({ ok: true });
    await eventually(() => heard.some((event) => event.type === 'coach.unpaused'));
    await clock.advance(14_000);
    expect(heard.filter((event) => event.type === 'timer.expired')).toEqual([]);
    await clock.advance(1_000);
    await eventually(() => heard.some((event) => event.type === 'caller.said'));
    const events = await lab.application.context.registry.eventsOf(sessionId);
    const resumedAt = events.find((event) => event.type === 'coach.unpaused')!.at;
    expect(events.find((event) => event.type === 'timer.expired')!.at - resumedAt).toBe(15_000);
    close();
  });
});

describe('the instructor ending a call', () => {
  const floor = labPerFile();

  it('ends a live call as ended by the instructor, keeps its log and scores it as it stood', async () => {
    const { instructor, trainee, sessionId, close } = await launchTo(floor.lab, 'trainee1', 'u-allievo1');
    floor.sockets.push(instructor.socket, trainee.socket);
    await trainee.socket.emitWithAck('session:act', {
      sessionId,
      actionId: actionId(),
      action: { type: 'reply', text: 'Vesuvio Telecom, sono Giulia, buongiorno. Come posso aiutarla?' },
    });
    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'end' })).toMatchObject({ ok: true });
    await floor.lab.application.context.registry.settled();
    const events = await floor.lab.application.context.registry.eventsOf(sessionId);
    expect(events.at(-1)).toMatchObject({ type: 'session.ended', by: 'instructor', data: { outcome: 'endedByInstructor' } });
    expect(events.some((event) => event.type === 'trainee.replied')).toBe(true);
    const score = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, instructor.cookie);
    expect(score.body).toMatchObject({ ok: true, data: { status: 'scored', outcome: 'endedByInstructor' } });
    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'end' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    close();
  });

  it('cancels a call nobody answered yet, as not answered; a trainee may not end one', async () => {
    const { instructor, trainee, sessionId, close } = await launchTo(floor.lab, 'trainee2', 'u-allievo2', false);
    floor.sockets.push(instructor.socket, trainee.socket);
    expect(await trainee.socket.emitWithAck('session:intervene', { sessionId, step: 'end' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await instructor.socket.emitWithAck('session:intervene', { sessionId, step: 'end' })).toMatchObject({ ok: true });
    await floor.lab.application.context.registry.settled();
    const events = await floor.lab.application.context.registry.eventsOf(sessionId);
    expect(events.at(-1)).toMatchObject({ type: 'session.ended', data: { outcome: 'notAnswered' } });
    close();
  });
});
