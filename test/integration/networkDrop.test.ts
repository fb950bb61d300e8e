import { afterAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { actionId, connectDemo, startLab, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

let lab: RunningLab;
afterAll(() => lab.stop());

describe('a trainee offline for 30 seconds', () => {
  it('gets every event it missed on rejoining, and its resent action is applied once', async () => {
    const clock = new ManualClock();
    lab = await startLab({ clock });
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    const seen: SessionEvent[] = [];
    const keep = (event: SessionEvent) => event.seq > (seen.at(-1)?.seq ?? 0) && seen.push(event);
    trainee.socket.on('session:events', ({ events }) => events.forEach(keep));
    const joined = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    if (joined.ok) joined.data.events.forEach(keep);
    const answered = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
    if (answered.ok) answered.data.events.forEach(keep);

    trainee.socket.disconnect();
    const lastSeen = seen.at(-1)!.seq;

    // 30 seconds offline: the caller, hearing nobody, asks "Pronto?" and then hangs up.
    await clock.advance(30_000);
    const missed = (await lab.application.context.registry.eventsOf(sessionId)).filter(
      (e) => e.seq > lastSeen && e.type !== 'script.advanced' && e.type !== 'guidance.offered',
    );
    expect(missed.map((e) => e.type)).toEqual(['timer.expired', 'caller.said', 'timer.expired', 'caller.said', 'call.hungUp']);

    trainee.socket.connect();
    await new Promise<void>((resolve) => trainee.socket.once('connect', () => resolve()));
    const rejoined = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: lastSeen });
    if (rejoined.ok) rejoined.data.events.forEach(keep);

    // The wrap-up reaches the server but its ack is lost: the console sends it again with the same id.
    const wrapUp = {
      sessionId,
      actionId: actionId(),
      action: { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: 'Linea caduta' },
    } as const;
    const firstAck = await trainee.socket.emitWithAck('session:act', wrapUp);
    const resent = await trainee.socket.emitWithAck('session:act', wrapUp);
    expect(firstAck).toMatchObject({ ok: true });
    if (firstAck.ok) firstAck.data.events.forEach(keep);
    // Applied once: the same seq, and nothing caused a second time.
    expect(resent).toEqual({ ok: true, data: { seq: firstAck.ok ? firstAck.data.seq : -1, events: [] } });

    const all = await lab.application.context.registry.eventsOf(sessionId);
    const forTrainee = all.filter((e) => e.type !== 'script.advanced');
    expect(seen.map((e) => e.seq)).toEqual(forTrainee.map((e) => e.seq));
    expect(all.filter((e) => e.type === 'wrapup.submitted')).toHaveLength(1);
    expect(seen.at(-1)?.type).toBe('session.ended');
    instructor.socket.disconnect();
    trainee.socket.disconnect();
  });
});
