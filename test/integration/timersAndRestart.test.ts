import { afterEach, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { actionId, connectDemo, eventually, startLab, type LabClient, type RunningLab } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const scenarioId = 'helpdesk-fibra-guasto';
const running: RunningLab[] = [];
const sockets: LabClient[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  for (const lab of running.splice(0)) await lab.stop().catch(() => undefined);
});

async function launchAndAnswer(lab: RunningLab) {
  const instructor = await connectDemo(lab, 'instructor');
  const trainee = await connectDemo(lab, 'trainee1');
  sockets.push(instructor.socket, trainee.socket);
  const launched = await instructor.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
  const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: { type: 'call.answer' } });
  return { sessionId, trainee: trainee.socket };
}

const typesOf = (events: SessionEvent[]) => events.map((event) => event.type);

describe('timers and restarts', () => {
  it("fires the caller's silence timers from the injected clock and records them as events", async () => {
    const clock = new ManualClock();
    const lab = await startLab({ clock });
    running.push(lab);
    const { sessionId, trainee } = await launchAndAnswer(lab);
    const heard: SessionEvent[] = [];
    // Hints come and go with the script's state; here only the caller's side matters.
    trainee.on('session:events', ({ events }) => heard.push(...events.filter((event) => event.type !== 'guidance.offered')));
    await clock.advance(14_000);
    expect(heard).toEqual([]);
    await clock.advance(1_000);
    await eventually(() => heard.length >= 2);
    expect(heard.map((e) => e.type)).toEqual(['timer.expired', 'caller.said']);
    await clock.advance(15_000);
    await eventually(() => heard.length >= 5);
    expect(typesOf(heard)).toEqual(['timer.expired', 'caller.said', 'timer.expired', 'caller.said', 'call.hungUp']);
    expect(heard.at(-1)).toMatchObject({ by: 'caller', data: { party: 'caller' } });
    const events = await lab.application.context.registry.eventsOf(sessionId);
    expect(events.filter((e) => e.type === 'timer.expired').map((e) => e.at - events[0]!.at)).toEqual([15_000, 30_000]);
  });

  it('resumes a live session after a restart in the same state, with its timer re-armed from the log', async () => {
    const clock = new ManualClock();
    const first = await startLab({ clock });
    running.push(first);
    const { sessionId, trainee } = await launchAndAnswer(first);
    await trainee.emitWithAck('session:act', {
      sessionId,
      actionId: actionId(),
      action: { type: 'reply', text: 'Vesuvio Telecom, sono Luca, buongiorno' },
    });
    const before = await first.application.context.registry.eventsOf(sessionId);
    trainee.disconnect();
    await first.stop();
    running.splice(0);

    await clock.advance(5_000);
    const second = await startLab({ clock }, first.dataDir);
    running.push(second);
    const live = second.application.context.registry.live(sessionId);
    expect(live?.events).toEqual(before);
    expect(live?.core.view.phase).toBe('talking');
    expect(String(live?.core.script.value)).toBe('problem');
    // The caller's patience (60 s from the last reply) still runs: 55 s more and it expires.
    await clock.advance(54_000);
    expect(live?.events.length).toBe(before.length);
    await clock.advance(1_000);
    expect(typesOf(live?.events.slice(before.length) as SessionEvent[])).toEqual([
      'timer.expired',
      'caller.said',
      'script.advanced',
      'guidance.offered',
    ]);

    const back = await connectDemo(second, 'trainee1');
    sockets.push(back.socket);
    const resumed = await back.socket.emitWithAck('session:join', { sessionId, sinceSeq: before.length });
    expect(resumed.ok && resumed.data.events.map((e) => e.seq)).toEqual([before.length + 1, before.length + 2, before.length + 4]);
  });
});
