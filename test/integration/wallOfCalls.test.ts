import { describe, expect, it } from 'vitest';
import type { WallUpdate } from '../../protocol/wall.js';
import { hashPassword } from '../../server/auth/password.js';
import { actionId, connectAs, connectDemo, eventually, labPerFile, login } from '../support/lab.js';
import { addSecondClass } from '../support/reviewApi.js';

const floor = labPerFile();
const { sockets } = floor;

describe('the wall of live calls', () => {
  it('shows each instructor the live calls of their classes, updates them as they move, and drops them when they end', async () => {
    await addSecondClass(floor.lab, hashPassword);
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    const other = await connectAs(floor.lab.baseUrl, await login(floor.lab.baseUrl, 'docente-b', 'docente-b'));
    sockets.push(instructor.socket, trainee.socket, other);

    const empty = await instructor.socket.emitWithAck('wall:watch', {});
    expect(empty).toMatchObject({ ok: true, data: { cards: [], now: expect.any(Number) } });
    expect(await other.emitWithAck('wall:watch', {})).toMatchObject({ ok: true, data: { cards: [] } });
    expect(await trainee.socket.emitWithAck('wall:watch', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const pushes: WallUpdate[] = [];
    const pushedToOther: WallUpdate[] = [];
    instructor.socket.on('wall:update', (update) => pushes.push(update));
    other.on('wall:update', (update) => pushedToOther.push(update));

    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await eventually(() => pushes.some((update) => update.cards.some((card) => card.sessionId === sessionId)));
    expect(pushes.at(-1)!.cards[0]).toMatchObject({ traineeName: 'Giulia Conte', phase: 'ringing', itemsMet: 0, criticalMissed: [] });

    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    for (const action of [
      { type: 'call.answer' },
      { type: 'reply', text: 'Vesuvio Telecom, buongiorno, sono Giulia. Come posso aiutarla?' },
      { type: 'call.hold' },
    ] as const)
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
    await eventually(() => pushes.some((update) => update.cards.some((card) => card.phase === 'onHold')));
    const onHold = pushes.flatMap((update) => update.cards).findLast((card) => card.phase === 'onHold')!;
    expect(onHold.itemsMet).toBeGreaterThan(0);
    expect(onHold.holdStartedAt).toEqual(expect.any(Number));
    expect(onHold.patienceEndsAt).toBeGreaterThan(onHold.holdStartedAt!);

    // A fresh watcher gets the call as it stands.
    const reread = await instructor.socket.emitWithAck('wall:watch', {});
    expect(reread.ok && reread.data.cards.map((card) => card.phase)).toEqual(['onHold']);

    await floor.lab.application.context.registry
      .live(sessionId)!
      .recordSystem([{ type: 'session.ended', by: 'instructor', data: { outcome: 'endedByInstructor' } }]);
    await eventually(() => pushes.some((update) => update.gone.includes(sessionId)));
    // The other class's instructor never saw the call's card.
    expect(pushedToOther.flatMap((update) => update.cards)).toEqual([]);
  });
});
