import { describe, expect, it } from 'vitest';
import { catalogWithByHandItem } from '../support/byHandScenario.js';
import { axeClean, consoleLabPerFile, openAs, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';
import { playFibreCall } from '../support/reviewApi.js';

const floor = consoleLabPerFile({ catalog: await catalogWithByHandItem(), socketEventsPerSecond: 0 });

describe('an item judged by hand on the assessor’s screen', () => {
  it('says it is to be judged by hand, refuses the release until it is, then takes the assessor’s verdict', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const sessionId = await playFibreCall(floor.lab, instructor.socket, trainee.socket, 'exam');
    const item = floor.lab.application.context.registry.scenarioOf(floor.lab.application.context.registry.record(sessionId)!)!.rubric[1]!;
    const label = item.label.it;

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    const queue = page.getByRole('table', { name: 'Coda di revisione, in ordine di servizio' });
    await queue.getByRole('link', { name: /^Apri la sessione di Giulia Conte/ }).click();
    await visible(page.getByRole('heading', { name: 'Revisione del valutatore' }));
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
    await visible(entry.getByText('Nessun esito automatico: da valutare a mano.'));
    // The automatic report says so too, in its rubric.
    await visible(page.getByText('Da valutare a mano', { exact: true }).first());

    await page.getByRole('button', { name: 'Rilascia all’allievo' }).click();
    await visible(page.getByText('Prima di consegnare la revisione, valuta le voci segnate «Da valutare a mano» (ancora da valutare: 1).'));
    expect(floor.lab.application.context.reviews.releaseOf(sessionId)).toBeUndefined();

    await entry.getByText(`Rivedi la voce: ${label}`).click();
    const form = page.getByRole('form', { name: `Esito della voce ${label}` });
    await form.getByRole('combobox', { name: 'Esito' }).selectOption('missed');
    await form.getByRole('textbox', { name: 'Motivo (obbligatorio)' }).fill('Nel gioco di ruolo non ha riformulato.');
    await form.getByRole('button', { name: "Cambia l'esito" }).click();
    await visible(entry.getByText(/Da valutare a mano → Mancato\. Motivo: Nel gioco di ruolo non ha riformulato\./));
    await axeClean(page, 'an item judged by hand');

    await page.getByRole('button', { name: 'Rilascia all’allievo' }).click();
    await visible(page.getByText(/^Revisione consegnata all'allievo da Dott\. Enzo Palumbo il /));
  }, 120_000);
});
