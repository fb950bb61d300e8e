import { describe, expect, it } from 'vitest';
import { consoleLabPerFile, openAs, visible } from '../support/browser.js';
import { actionId, connectDemo, demo } from '../support/lab.js';
import { exemplaryFibreCall } from '../support/scenarios.js';
import { launchFibreCall, playSteps } from '../support/reviewApi.js';

const floor = consoleLabPerFile();

describe('the replay of a call that ends while it is open', () => {
  it('an assessor who opened the replay during the call sees its end and its final score without reloading', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const sessionId = await launchFibreCall(instructor.socket);
    // Everything but the wrap-up: the caller has hung up, the session is still live.
    await playSteps(trainee.socket, sessionId, exemplaryFibreCall.slice(0, -1));
    const beforeEnd = (await floor.lab.application.context.registry.eventsOf(sessionId)).length;

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    await visible(page.getByRole('heading', { name: 'Sessioni registrate' }));
    await page.goto(`${floor.lab.baseUrl}/?session=${sessionId}`);
    await visible(page.getByText(`In corso · ${beforeEnd} eventi registrati`));

    // The trainee submits the wrap-up while the replay is open: the call ends.
    const last = exemplaryFibreCall.at(-1)!.action;
    const ended = await trainee.socket.emitWithAck('session:act', { sessionId, actionId: actionId(), action: last });
    expect(ended.ok).toBe(true);
    await floor.lab.application.context.registry.settled();
    const log = await floor.lab.application.context.registry.eventsOf(sessionId);
    expect(log.at(-1)?.type).toBe('session.ended');

    // The replay and the score catch up with the log, with no reload.
    await visible(page.getByText(`Conclusa · ${log.length} eventi registrati`));
    await visible(page.getByText('Esito del contatto: Inoltrato'));
  }, 120_000);
});
