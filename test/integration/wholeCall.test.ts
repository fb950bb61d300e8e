import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport, SessionSummary, RosterEntry } from '../../protocol/views.js';
import type { JoinedSession } from '../../protocol/socket.js';
import { applyEvent, emptyCallView, projectCallAt } from '../../scenarios/projection/projectCall.js';
import type { CallView } from '../../scenarios/projection/callView.js';
import { actionId, connectDemo, getJson, labPerFile, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';
const floor = labPerFile();
const { sockets } = floor;

const nextMessage = <T>(socket: LabClient, event: 'call:incoming' | 'session:debrief' | 'roster:update'): Promise<T> =>
  new Promise((resolve) => socket.once(event, ((message: T) => resolve(message)) as never));

describe('a whole call through the protocol', () => {
  it('is launched by the instructor, played by the trainee, watched live and replayed identically', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    const assessor = await connectDemo(floor.lab, 'assessor');
    sockets.push(instructor.socket, trainee.socket, assessor.socket);

    const roster = await instructor.socket.emitWithAck('roster:watch', {});
    expect(roster.ok).toBe(true);
    const me = (roster.ok ? roster.data : []).find((entry: RosterEntry) => entry.traineeId === 'u-allievo1');
    expect(me).toMatchObject({ connected: true, status: 'available', sessionId: null });

    const ringing = nextMessage<{ session: SessionSummary }>(trainee.socket, 'call:incoming');
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    expect(launched).toMatchObject({ ok: true });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    expect((await ringing).session.id).toBe(sessionId);

    // The instructor watches: every event, live, in order.
    const watched: SessionEvent[] = [];
    const liveViews = new Map<number, CallView>();
    let liveView = emptyCallView();
    const follow = (event: SessionEvent) => {
      watched.push(event);
      liveView = applyEvent(liveView, event);
      liveViews.set(event.seq, liveView);
    };
    instructor.socket.on('session:events', ({ sessionId: id, events }) => id === sessionId && events.forEach(follow));
    const observed = await instructor.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(observed.ok).toBe(true);
    if (observed.ok) observed.data.events.forEach(follow);

    const traineeSaw: SessionEvent[] = [];
    trainee.socket.on('session:events', ({ events }) => traineeSaw.push(...events));
    const seat = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(seat.ok).toBe(true);
    if (seat.ok) traineeSaw.push(...seat.data.events);

    const debrief = nextMessage<{ sessionId: string; score: ScoreReport }>(trainee.socket, 'session:debrief');
    for (const { action } of exemplaryFibreCall) {
      const ack = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
      expect(ack, JSON.stringify(action)).toMatchObject({ ok: true });
      // The trainee's socket gets what its action caused in the ack, not as a push.
      if (ack.ok) traineeSaw.push(...ack.data.events);
    }
    const { score } = await debrief;
    expect(score.passed).toBe(true);
    expect(score.percent).toBe(100);
    expect(score.outcome).toBe('escalated');

    // Live and in order: 1, 2, 3, … with nothing missing, and exactly what is on disk.
    expect(watched.map((event) => event.seq)).toEqual(watched.map((_, index) => index + 1));
    expect(watched.at(-1)?.type).toBe('session.ended');
    const onDisk = (await readFile(path.join(floor.lab.dataDir, 'sessions', `${sessionId}.jsonl`), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(onDisk).toEqual(watched);
    expect(watched.filter((e) => e.type === 'caller.said').length).toBeGreaterThan(5);

    // The assessor's replay equals the live projection at every step.
    const replay = await getJson<JoinedSession>(floor.lab.baseUrl, `/api/sessions/${sessionId}`, assessor.cookie);
    expect(replay.body.ok).toBe(true);
    const replayEvents = replay.body.ok ? replay.body.data.events : [];
    expect(replayEvents).toEqual(watched);
    for (const event of replayEvents) expect(projectCallAt(replayEvents, event.seq)).toEqual(liveViews.get(event.seq));
    const assessed = await getJson<ScoreReport>(floor.lab.baseUrl, `/api/sessions/${sessionId}/score`, assessor.cookie);
    expect(assessed.body).toEqual({ ok: true, data: score });

    // The trainee saw the call, but never the script's state nor how their replies were matched.
    expect(traineeSaw.some((event) => event.type === 'script.advanced')).toBe(false);
    expect(
      traineeSaw
        .filter((event) => event.type === 'trainee.replied')
        .every((event) => event.type === 'trainee.replied' && event.data.intents.length === 0),
    ).toBe(true);
    expect(traineeSaw.filter((event) => event.type === 'caller.said')).toEqual(watched.filter((event) => event.type === 'caller.said'));

    const sessions = await getJson<SessionSummary[]>(floor.lab.baseUrl, '/api/sessions', assessor.cookie);
    expect(sessions.body.ok && sessions.body.data.find((s) => s.id === sessionId)).toMatchObject({
      status: 'ended',
      outcome: 'escalated',
      passed: true,
    });
  });

  it('answers a resent action once, by its client-made id', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee2');
    sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo2'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    const id = actionId();
    const first = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: id, action: { type: 'call.answer' } });
    const again = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: id, action: { type: 'call.answer' } });
    expect(first).toMatchObject({ ok: true, data: { events: [{ type: 'call.answered' }, expect.anything()] } });
    expect(again).toEqual({ ok: true, data: { seq: first.ok ? first.data.seq : -1, events: [] } });
    const joined = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    expect(joined.ok && joined.data.events.filter((e) => e.type === 'call.answered')).toHaveLength(1);
    await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.hangUp' } });
  });
});
