import { afterEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot } from '../../protocol/queue.js';
import { actionId, connectDemo, eventually, startLab, stopLab, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const running: RunningLab[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map(stopLab));
});

describe('the class queue and its automatic call distributor', () => {
  it('rings the longest-idle available trainee, skips the busy and those on a break, counts answer speed and abandonment, and keeps them over a restart', async () => {
    const clock = new ManualClock();
    const lab = await startLab({ clock });
    running.push(lab);
    const instructor = await connectDemo(lab, 'instructor');
    const giulia = await connectDemo(lab, 'trainee1');
    const marco = await connectDemo(lab, 'trainee2');
    const antonio = await connectDemo(lab, 'trainee4');
    const everyone = [instructor, giulia, marco, antonio];
    const rang = new Map<string, string[]>();
    for (const [name, trainee] of [
      ['giulia', giulia],
      ['marco', marco],
      ['antonio', antonio],
    ] as const)
      trainee.socket.on('call:incoming', ({ session }) => rang.set(name, [...(rang.get(name) ?? []), session.id]));
    await antonio.socket.emitWithAck('agent:status', { status: 'paused' });
    // Giulia says she is ready later than Marco arrived: Marco has been idle longest.
    await clock.advance(5_000);
    await giulia.socket.emitWithAck('agent:status', { status: 'available' });
    const updates: QueueSnapshot[] = [];
    expect(await instructor.socket.emitWithAck('queue:watch', {})).toMatchObject({
      ok: true,
      data: { queues: [{ classId: 'aula-a', waiting: [] }] },
    });
    instructor.socket.on('queue:update', (snapshot) => updates.push(snapshot));

    const added = await instructor.socket.emitWithAck('queue:add', {
      classId: 'aula-a',
      scenarioIds: ['helpdesk-fibra-guasto'],
      copies: 1,
    });
    expect(added).toEqual({ ok: true, data: { queued: 1 } });
    await eventually(() => rang.has('marco'));
    expect([...rang.keys()]).toEqual(['marco']);

    // Two more callers: Giulia takes one; Marco is on a call and Antonio on a break, so the other waits.
    await instructor.socket.emitWithAck('queue:add', {
      classId: 'aula-a',
      scenarioIds: ['helpdesk-fibra-guasto', 'informazioni-offerte-fibra'],
      copies: 1,
    });
    await eventually(() => rang.has('giulia'));
    await lab.application.context.queue.distribute();
    expect(rang.has('antonio')).toBe(false);
    await eventually(() => updates.some((snapshot) => snapshot.queues[0]!.waiting.length === 1));

    // Both answer 4 s after the call joined the queue.
    await clock.advance(4_000);
    for (const [trainee, name] of [
      [marco, 'marco'],
      [giulia, 'giulia'],
    ] as const) {
      const sessionId = rang.get(name)![0]!;
      await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
      await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    }
    // The caller still waiting gives up after its scenario's patience.
    await clock.advance(200_000);
    await lab.application.context.queue.distribute();
    const view = () => lab.application.context.queue.view('aula-a', 'Aula A', (id) => ({ it: id, en: id }));
    await eventually(() => view().abandoned === 1 && view().answered === 2);
    expect(view()).toMatchObject({ waiting: [], offered: 3, answered: 2, abandoned: 1, averageSpeedOfAnswerMs: 4_000 });
    expect(rang.has('antonio')).toBe(false);

    for (const client of everyone) client.socket.close();
    await lab.application.close();
    running.splice(0);
    const again = await startLab({ clock }, lab.dataDir);
    running.push(again);
    const reread = again.application.context.queue.view('aula-a', 'Aula A', (id) => ({ it: id, en: id }));
    expect(reread).toMatchObject({ offered: 3, answered: 2, abandoned: 1, averageSpeedOfAnswerMs: 4_000 });
  });

  it('lets only the class’s instructor fill its queue, and refuses bad requests without queueing anything', async () => {
    const lab = await startLab();
    running.push(lab);
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    expect(
      await trainee.socket.emitWithAck('queue:add', { classId: 'aula-a', scenarioIds: ['helpdesk-fibra-guasto'], copies: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    for (const payload of [
      { classId: 'aula-a', scenarioIds: [], copies: 1 },
      { classId: 'aula-a', scenarioIds: ['helpdesk-fibra-guasto'], copies: 0 },
      { classId: 'aula-a', scenarioIds: ['helpdesk-fibra-guasto'], copies: 1, staggerSeconds: -5 },
    ])
      expect(await instructor.socket.emitWithAck('queue:add', payload)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(
      await instructor.socket.emitWithAck('queue:add', { classId: 'aula-a', scenarioIds: ['no-such-scenario'], copies: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await instructor.socket.emitWithAck('queue:add', { classId: 'aula-zeta', scenarioIds: ['helpdesk-fibra-guasto'], copies: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(lab.application.context.queue.view('aula-a', 'Aula A', (id) => ({ it: id, en: id })).offered).toBe(0);
    instructor.socket.close();
    trainee.socket.close();
  });
});
