import { describe, expect, it } from 'vitest';
import type { TraineeAction } from '../../protocol/actions.js';
import type { AgentStatus } from '../../protocol/roles.js';
import { isWithheld, type Debrief, type SessionSummary } from '../../protocol/views.js';
import { actionId, connectDemo, labPerFile, type LabClient } from '../support/lab.js';

const floor = labPerFile();

const nextStatus = (socket: LabClient, wanted: AgentStatus): Promise<void> =>
  new Promise((resolve) => {
    const listener = ({ status }: { status: AgentStatus }) => {
      if (status !== wanted) return;
      socket.off('agent:status', listener);
      resolve();
    };
    socket.on('agent:status', listener);
  });

describe('an e-mail closed by the trainee, through the protocol', () => {
  it('puts the trainee in after-contact work, and the wrap-up ends it with a score', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);

    const ringing = new Promise<{ session: SessionSummary }>((resolve) => trainee.socket.once('call:incoming', resolve));
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'email-copia-fattura',
      traineeIds: ['u-allievo1'],
    });
    const sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
    await ringing;
    expect((await trainee.socket.emitWithAck('session:join', { sessionId, sinceSeq: 0 })).ok).toBe(true);
    const act = (action: TraineeAction) => trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action });

    expect(await act({ type: 'call.answer' })).toMatchObject({ ok: true });
    expect(
      await act({
        type: 'email.send',
        to: 'studio.fontana@example.invalid',
        subject: 'Fattura',
        body: 'Gentile dottoressa, ecco la fattura.',
        template: null,
      }),
    ).toMatchObject({ ok: true });
    // An e-mail is closed, not hung up.
    expect(await act({ type: 'call.hangUp' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const afterContactWork = nextStatus(trainee.socket, 'afterCallWork');
    expect(await act({ type: 'email.close' })).toMatchObject({ ok: true });
    await afterContactWork;

    const debrief = new Promise<{ score: Debrief }>((resolve) => trainee.socket.once('session:debrief', resolve));
    expect(await act({ type: 'wrapup.submit', disposition: 'email-sent', notes: 'Risposta inviata.' })).toMatchObject({ ok: true });
    const { score } = await debrief;
    if (isWithheld(score)) throw new Error("A practice contact's debrief is never withheld.");
    expect(score).toMatchObject({ status: 'scored', outcome: 'unresolved', passed: false });
    expect(score.items.find((item) => item.id === 'replyToRegistered')?.status).toBe('missed');
  });
});
