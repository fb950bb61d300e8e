import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';
import { ManualClock } from '../support/manualClock.js';

/** How contacts end on screen: an e-mail closed after a wrong reply, a transfer, a call nobody answered. */
// The lab's clock moves only when a test moves it: the unanswered call rings out without waiting 45 s.
const clock = new ManualClock();
const floor = consoleLabPerFile({ clock });

const emailTitle = 'E-mail: copia della fattura e un dubbio sul pagamento';

async function launch(instructor: Page, title: string, trainee: string) {
  await instructor.getByRole('radio', { name: title }).check();
  await instructor.getByRole('combobox', { name: 'Modalità di avvio' }).selectOption('standard');
  await instructor.getByRole('button', { name: `Avvia lo scenario per ${trainee}` }).click();
}

async function wrapUp(trainee: Page, disposition: string) {
  await trainee.getByRole('combobox', { name: 'Esito' }).selectOption(disposition);
  await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
}

describe('how contacts end, in the browser', () => {
  it('closes an e-mail replied to the wrong recipient with Alt+X, then wraps it up', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await launch(instructor, emailTitle, 'Marco Sorrentino');
    await visible(trainee.getByRole('button', { name: 'Apri e-mail' }));
    // Before any reply, the contact already has its way out.
    await trainee.keyboard.press('Alt+A');
    await visible(trainee.getByRole('heading', { name: 'E-mail aperta' }));
    await visible(trainee.getByRole('button', { name: 'Chiudi senza risposta' }));

    await trainee.getByRole('tab', { name: 'E-mail' }).click();
    await trainee.getByRole('textbox', { name: 'Destinatario' }).fill('studio.fontana@example.invalid');
    await trainee.getByRole('textbox', { name: "Oggetto dell'e-mail" }).fill('Fattura di ottobre');
    await trainee
      .getByRole('textbox', { name: "Testo dell'e-mail" })
      .fill('Gentile dottoressa, le scrivo per la fattura del signor Liguori.');
    await trainee.getByRole('button', { name: 'Invia e-mail' }).click();
    await visible(trainee.getByRole('region', { name: 'E-mail inviate' }).getByText('Fattura di ottobre'));
    // Still open: the script waits for a reply to the customer, and the trainee can close it anyway.
    await visible(trainee.getByRole('heading', { name: 'E-mail aperta' }));
    await visible(trainee.getByRole('button', { name: 'Segna come gestita' }));
    await axeClean(trainee, 'an open e-mail with its close button');
    await trainee.keyboard.press('Alt+X');
    await visible(trainee.getByRole('heading', { name: 'E-mail gestita: lavoro post-contatto' }));
    expect(await trainee.getByRole('button', { name: 'Segna come gestita' }).count()).toBe(0);

    await wrapUp(trainee, 'email-sent');
    await visible(trainee.getByRole('heading', { name: `Resoconto: ${emailTitle}` }));
    await visible(trainee.getByText('Esito del contatto: Non risolto'));
  }, 120_000);

  it('ends a transferred call as transferred, not abandoned', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await launch(instructor, fibreTitle, 'Giulia Conte');
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await trainee.getByRole('combobox', { name: 'Trasferisci a' }).selectOption('tech-l2');
    await trainee.getByRole('button', { name: 'Trasferisci', exact: true }).click();
    await wrapUp(trainee, 'transferred');
    await visible(trainee.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
    await visible(trainee.getByText('Esito del contatto: Trasferita ad altro reparto'));
    expect(await trainee.getByText('Abbandonata').count()).toBe(0);
  }, 120_000);

  it("shows a call nobody answered as not answered, with no percentage, in the debrief, the progress and the assessor's list", async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo4', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await launch(instructor, fibreTitle, 'Antonio Caputo');
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    // The caller gives up after the scenario's ring time: the contact ends, not answered, with no
    // after-call work to do (there was no call to wrap up).
    await clock.advance(46_000);

    await visible(trainee.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
    await visible(trainee.locator('.score-summary').getByText('Non risposta', { exact: true }));
    expect(await trainee.locator('.score-summary').textContent()).not.toMatch(/%/);
    expect(
      await trainee
        .locator('.score-summary')
        .getByText(/superat/i)
        .count(),
    ).toBe(0);

    await trainee.getByRole('button', { name: 'Torna disponibile' }).click();
    await trainee.getByRole('tab', { name: 'I miei progressi' }).click();
    const contacts = trainee.getByRole('table', { name: 'Contatti conclusi' });
    await visible(contacts.getByRole('row').filter({ hasText: fibreTitle }).getByText('Non risposta'));
    expect(await trainee.getByText(/Media complessiva/).count()).toBe(0);

    const assessor = (await openAs(floor.browser, floor.lab, 'valutatore', 'valutatore')).page;
    const row = assessor.getByRole('table', { name: 'Sessioni' }).getByRole('row').filter({ hasText: 'Antonio Caputo' });
    await visible(row.getByText('Non risposta'));
    expect(await row.textContent()).not.toMatch(/%/);
  }, 120_000);
});
