import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { MemoryEventLogStore } from '../../server/store/eventLog.js';
import { actionId, connectDemo, startLab, type LabClient, type RunningLab } from '../support/lab.js';

/** A log whose disk can be made "full" by the test. */
class FlakyLog extends MemoryEventLogStore {
  full = false;
  override async append(sessionId: string, events: readonly SessionEvent[]) {
    if (this.full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return super.append(sessionId, events);
  }
}

let lab: RunningLab;
const log = new FlakyLog();
const sockets: LabClient[] = [];
beforeAll(async () => {
  lab = await startLab({ log });
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await lab.stop();
});

describe('a failed write', () => {
  it('tells the trainee clearly, changes nothing, and the same action succeeds once the disk has room', async () => {
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await instructor.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
    const watched: SessionEvent[] = [];
    instructor.socket.on('session:events', ({ events }) => watched.push(...events));
    const before = await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 });

    log.full = true;
    const id = actionId();
    const refused = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: id, action: { type: 'call.answer' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/not saved.*ENOSPC/);
    expect(await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).toEqual(before);
    expect(await log.read(sessionId)).toHaveLength(2);
    expect(watched).toEqual([]);

    log.full = false;
    const retried = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: id, action: { type: 'call.answer' } });
    expect(retried).toMatchObject({ ok: true, data: { seq: 3 } });
    expect(retried.ok && retried.data.events.map((event) => event.type)).toEqual(['call.answered', 'guidance.offered']);
    expect((await log.read(sessionId)).map((event) => event.type)).toEqual([
      'session.launched',
      'call.offered',
      'call.answered',
      'script.advanced',
      'guidance.offered',
    ]);
  });

  it('refuses a launch it cannot save, leaves no phantom call behind, and launches once the disk has room', async () => {
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee2');
    sockets.push(instructor.socket, trainee.socket);
    const sessionsBefore = lab.application.context.sessions.all().length;
    log.full = true;
    const refused = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo2'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } });
    expect(lab.application.context.sessions.all()).toHaveLength(sessionsBefore);
    expect(lab.application.context.registry.liveSessionOf('u-allievo2')).toBeUndefined();

    log.full = false;
    const ringing = new Promise<string>((resolve) => trainee.socket.once('call:incoming', ({ session }) => resolve(session.id)));
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo2'],
    });
    expect(launched).toMatchObject({ ok: true });
    expect(await ringing).toBe(launched.ok ? launched.data.sessionIds[0] : '');
  });
});
