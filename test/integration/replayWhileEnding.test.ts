import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { SessionSummary } from '../../protocol/views.js';
import { actionId, connectAs, connectDemo, eventually, labPerFile, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';
import { launchFibreCall, playSteps } from '../support/reviewApi.js';

const floor = labPerFile();

/**
 * The assessor's replay loads a session by joining it (session:join): joined before the log is read,
 * then pushed. Replays opened while the wrap-up that ends the call is being saved must each end up
 * with the whole log, once each, and hear that the session has ended.
 */
describe('replays opened while the call ends', () => {
  it('each gets every event of the log, by the join’s answer or a push, and the end of the session', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await launchFibreCall(instructor.socket);
    await playSteps(trainee.socket, sessionId, exemplaryFibreCall.slice(0, -1));

    const replays: { socket: LabClient; pushed: SessionEvent[]; updates: SessionSummary[] }[] = [];
    for (let index = 0; index < 8; index += 1) {
      const socket = await connectAs(lab.baseUrl, index % 2 === 0 ? assessor.cookie : instructor.cookie);
      const replay = { socket, pushed: [] as SessionEvent[], updates: [] as SessionSummary[] };
      socket.on('session:events', (message) => message.sessionId === sessionId && replay.pushed.push(...message.events));
      socket.on('session:updated', (sessions) => replay.updates.push(...sessions.filter((session) => session.id === sessionId)));
      replays.push(replay);
    }
    floor.sockets.push(...replays.map((replay) => replay.socket));

    // The end's write is held on its way to disk: half the replays open while the call is still live
    // (read before the end is saved), the other half as the write goes on (in flight with it).
    const { log: store } = lab.application.context;
    const append = store.append.bind(store);
    let reachedEnd!: () => void;
    const endReached = new Promise<void>((resolve) => (reachedEnd = resolve));
    let letEndThrough!: () => void;
    const endHeld = new Promise<void>((resolve) => (letEndThrough = resolve));
    store.append = async (id, events) => {
      if (events.some((event) => event.type === 'session.ended')) {
        reachedEnd();
        await endHeld;
      }
      return append(id, events);
    };
    const wrapUp = trainee.socket.emitWithAck('session:act', {
      sessionId,
      actionId: actionId(),
      action: exemplaryFibreCall.at(-1)!.action,
    });
    await endReached;
    const early = await Promise.all(
      replays.slice(0, 4).map((replay) => replay.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })),
    );
    expect(early.map((answer) => answer.ok && answer.data.events.at(-1)?.type)).toEqual(Array(4).fill('call.hungUp'));
    letEndThrough();
    const joins = [
      ...early.map((answer) => Promise.resolve(answer)),
      ...replays.slice(4).map((replay) => replay.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })),
    ];
    expect((await wrapUp).ok).toBe(true);
    const answers = await Promise.all(joins);
    await lab.application.context.registry.settled();
    const log = await lab.application.context.registry.eventsOf(sessionId);
    expect(log.at(-1)?.type).toBe('session.ended');

    for (const [index, replay] of replays.entries()) {
      const answer = answers[index]!;
      if (!answer.ok) throw new Error(answer.error.message);
      const seen = () => new Map([...answer.data.events, ...replay.pushed].map((event) => [event.seq, event]));
      await eventually(() => seen().size === log.length);
      expect([...seen().values()].sort((a, b) => a.seq - b.seq)).toEqual(log);
      // A join read before the end said "live": the end's summary follows it.
      const lastStatus = () => replay.updates.at(-1)?.status ?? answer.data.session.status;
      await eventually(() => lastStatus() === 'ended');
    }
  });
});
