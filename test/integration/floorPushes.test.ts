import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import type { SessionSummary } from '../../protocol/views.js';
import { actionId, connectDemo, eventually, labPerFile, type LabClient } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';

const scenarioId = 'helpdesk-fibra-guasto';
const floor = labPerFile();
const { sockets } = floor;

const collect = (socket: LabClient) => {
  const updates: SessionSummary[][] = [];
  socket.on('session:updated', (batch) => updates.push(batch));
  return updates;
};

describe('what the floor pushes, and to whom', () => {
  it('sends launches and ends to the screens listing sessions, a call’s end to its watchers, an action’s events to every screen once, and nothing to the rest', async () => {
    const listing = await connectDemo(floor.lab, 'instructor');
    const monitoring = await connectDemo(floor.lab, 'instructor');
    const idleAssessor = await connectDemo(floor.lab, 'assessor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    sockets.push(listing.socket, monitoring.socket, idleAssessor.socket, trainee.socket);
    const toListing = collect(listing.socket);
    const toMonitor = collect(monitoring.socket);
    const toIdle = collect(idleAssessor.socket);
    expect(await listing.socket.emitWithAck('sessions:watch', {})).toEqual({ ok: true, data: null });

    const launched = await monitoring.socket.emitWithAck('session:launch', { scenarioId, traineeIds: ['u-allievo1'] });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await eventually(() => toListing.flat().some((summary) => summary.id === sessionId && summary.status === 'live'));

    // The monitor sees every event of the call, one message per action, in seq order.
    const batches: SessionEvent[][] = [];
    monitoring.socket.on('session:events', ({ sessionId: id, events }) => id === sessionId && batches.push(events));
    expect(await monitoring.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toMatchObject({ ok: true });
    // The trainee has the console open in two tabs and acts from the first.
    const secondTab = await connectDemo(floor.lab, 'trainee1');
    sockets.push(secondTab.socket);
    const pushedToActing: SessionEvent[] = [];
    const pushedToSecond: SessionEvent[] = [];
    const acked: SessionEvent[] = [];
    trainee.socket.on('session:events', ({ events }) => pushedToActing.push(...events));
    secondTab.socket.on('session:events', ({ events }) => pushedToSecond.push(...events));
    await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    await secondTab.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    for (const { action } of exemplaryFibreCall) {
      const ack = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });
      expect(ack).toMatchObject({ ok: true });
      if (ack.ok) acked.push(...ack.data.events);
    }
    // What an action caused comes back in its ack to the tab that acted, and as a push to the other one.
    expect(pushedToActing).toEqual([]);
    await eventually(() => pushedToSecond.length === acked.length);
    expect(pushedToSecond).toEqual(acked);
    expect(acked.some((event) => event.type === 'script.advanced')).toBe(false);
    await eventually(() => toMonitor.flat().some((summary) => summary.id === sessionId && summary.status === 'ended'));
    await eventually(() => toListing.flat().some((summary) => summary.id === sessionId && summary.status === 'ended'));

    expect(batches.length).toBe(exemplaryFibreCall.length);
    const seqs = batches.flat().map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(batches.some((events) => events.length > 1)).toBe(true);
    // The monitor was not told of the launch it made before joining, nor of anything else on the floor.
    expect(toMonitor.flat().every((summary) => summary.id === sessionId && summary.status === 'ended')).toBe(true);
    expect(toIdle).toEqual([]);
  });
});
