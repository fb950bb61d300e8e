import { describe, expect, it } from 'vitest';
import { postJson } from '../support/courseApi.js';
import { connectDemo, eventually, labPerFile, login } from '../support/lab.js';
import { ManualClock } from '../support/manualClock.js';

const clock = new ManualClock(Date.UTC(2026, 11, 14, 8, 0));
const running = labPerFile({ clock });

describe('the queue of a class archived while callers wait', () => {
  it('rings none of them to its trainees', async () => {
    const lab = running.lab;
    const trainee = await connectDemo(lab, 'trainee1');
    const teacher = await connectDemo(lab, 'instructor');
    running.sockets.push(trainee.socket, teacher.socket);
    const added = await teacher.socket.emitWithAck('queue:add', {
      classId: 'aula-a',
      scenarioIds: ['helpdesk-fibra-guasto'],
      copies: 2,
      staggerSeconds: 60,
    });
    expect(added).toMatchObject({ ok: true, data: { queued: 2 } });
    // The first caller rings at once; the trainee lets it go, the second caller is due in a minute.
    await eventually(() => lab.application.context.registry.liveSessionOf('u-allievo1') !== undefined);
    const first = lab.application.context.registry.liveSessionOf('u-allievo1')!;
    expect(await teacher.socket.emitWithAck('session:cancel', { sessionId: first.id })).toMatchObject({ ok: true });
    await lab.application.context.registry.settled();

    const admin = await login(lab.baseUrl, 'admin', 'admin');
    expect((await postJson(lab.baseUrl, '/api/course/classes/aula-a', { archived: true }, admin)).status).toBe(200);
    await clock.advance(61_000);
    await lab.application.context.queue.distribute();
    expect(lab.application.context.registry.liveSessionOf('u-allievo1')).toBeUndefined();
    expect(lab.application.context.sessions.all().filter((session) => session.traineeId === 'u-allievo1')).toHaveLength(1);
  });
});
