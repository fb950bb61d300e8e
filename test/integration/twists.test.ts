import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { actionId, connectDemo, eventually, labPerFile } from '../support/lab.js';

const floor = labPerFile();
const { sockets } = floor;

describe('the instructor injecting a twist into a live call', () => {
  it('makes the caller react as the twist says, hides the director’s move from the trainee, and can drop the line', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    sockets.push(instructor.socket, trainee.socket);
    const heard: SessionEvent[] = [];
    trainee.socket.on('session:events', ({ events }) => heard.push(...events));
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });

    // A twist is a turn of the conversation: not while the phone rings.
    expect(await instructor.socket.emitWithAck('session:twist', { sessionId, twist: 'angrier' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
    for (const action of [
      { type: 'call.answer' },
      { type: 'reply', text: 'Vesuvio Telecom, buongiorno, sono Giulia. Come posso aiutarla?' },
    ] as const)
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });

    const offered = await instructor.socket.emitWithAck('session:twists', { sessionId });
    expect(offered.ok && offered.data.map((twist) => twist.id)).toEqual(expect.arrayContaining(['angrier', 'supervisor', 'lineDrops']));
    expect(await trainee.socket.emitWithAck('session:twists', { sessionId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await trainee.socket.emitWithAck('session:twist', { sessionId, twist: 'angrier' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await instructor.socket.emitWithAck('session:twist', { sessionId, twist: 'noSuchTwist' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const live = () => floor.lab.application.context.registry.live(sessionId)!;
    const moodBefore = live().core.script.context.mood;
    expect(await instructor.socket.emitWithAck('session:twist', { sessionId, twist: 'angrier' })).toMatchObject({ ok: true });
    await eventually(() => heard.some((event) => event.type === 'caller.said' && event.data.lineId === 'reaction.twistAngrier'));
    expect(live().core.script.context.mood).toBe(moodBefore - 1);
    // The trainee hears the caller, not the director: the twist itself never reaches their console.
    expect(heard.some((event) => event.type === 'coach.twisted')).toBe(false);
    const log = await floor.lab.application.context.registry.eventsOf(sessionId);
    expect(log.find((event) => event.type === 'coach.twisted')).toMatchObject({
      by: 'instructor',
      data: { twist: 'angrier', instructorId: 'u-docente' },
    });

    expect(await instructor.socket.emitWithAck('session:twist', { sessionId, twist: 'lineDrops' })).toMatchObject({ ok: true });
    await eventually(() => heard.some((event) => event.type === 'call.hungUp'));
    expect(heard.find((event) => event.type === 'call.hungUp')).toMatchObject({ by: 'caller', data: { party: 'caller' } });
    expect(live().core.view.phase).toBe('wrapUp');
  });
});
