import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleLabPerFile, openAs, visible, fibreTitle } from '../support/browser.js';

const floor = consoleLabPerFile();

/** Logs in with an English browser and picks English, as an English-speaking trainee would. */
async function openInEnglish(username: string, password: string): Promise<Page> {
  const { page } = await openAs(floor.browser, floor.lab, username, password, 'en-GB');
  await page.getByRole('button', { name: 'English' }).click();
  return page;
}

describe('words on screen', () => {
  it('shows a record in the interface language: contract status translated, dates in the locale format', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = await openInEnglish('allievo1', 'allievo');
    await visible(trainee.getByRole('status').getByText('Available'));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Giulia Conte' }).click();
    await trainee.getByRole('button', { name: 'Answer' }).click();

    await trainee.getByRole('textbox', { name: 'Search customer' }).fill('VT-100231');
    await trainee.getByRole('button', { name: 'Search', exact: true }).click();
    await trainee.getByRole('button', { name: 'Open record of Maria Esposito (VT-100231)' }).click();
    const record = trainee.getByRole('article', { name: 'Customer record of Maria Esposito' });
    await visible(record);
    const text = await record.innerText();
    expect(text).toContain('active');
    expect(text).not.toContain('attivo');
    expect(text).toMatch(/12 August 1978|August 12, 1978/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // After the call, the debrief's "Back to available" sits beside a status that is not already "Available".
    await trainee.getByRole('button', { name: 'Hang up' }).click();
    await trainee.getByRole('combobox', { name: 'Disposition' }).selectOption({ index: 1 });
    await trainee.getByRole('button', { name: 'Submit wrap-up' }).click();
    const back = trainee.getByRole('button', { name: 'Back to available' });
    await visible(back);
    await visible(trainee.getByRole('status').getByText('After-call work'));
    await back.click();
    await visible(trainee.getByRole('status').getByText('Available'));
  }, 90_000);
});

describe('server errors in the interface language', () => {
  it('says a refused reply and a launch that rang nobody in Italian, with no English sentence from the server', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Marco Sorrentino' }).click();
    await trainee.getByRole('button', { name: 'Rispondi' }).click();

    // A second launch to a trainee already on a call rings nobody and says why, in the instructor's language.
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Marco Sorrentino' }).click();
    const skipped = instructor.locator('.launch-skipped');
    await visible(skipped.getByText('Marco Sorrentino: già in una chiamata'));
    expect(await skipped.innerText()).not.toMatch(/onCall|already on a call|Every trainee/);

    // A reply while muted is refused in Italian too.
    await trainee.keyboard.press('Alt+M');
    await trainee.getByRole('textbox', { name: 'Risposta' }).fill('Buongiorno, come posso aiutarla?');
    await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
    const muted = trainee.getByRole('alert').filter({ hasText: 'Il microfono è disattivato' });
    await visible(muted);
    expect(await muted.innerText()).not.toMatch(/microphone|muted/i);
  }, 60_000);
});

describe('an e-mail contact in its own words', () => {
  it('is worked, verified by its sender address, wrapped up and debriefed without phone words', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo4', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: 'E-mail: copia della fattura e un dubbio sul pagamento' }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Antonio Caputo' }).click();
    await visible(trainee.getByRole('status').getByText('E-mail in arrivo'));
    await trainee.getByRole('button', { name: 'Apri e-mail' }).click();
    await visible(trainee.getByRole('status').getByText('E-mail in lavorazione'));
    expect(await trainee.getByText('In chiamata', { exact: true }).count()).toBe(0);

    // The sender is verified by what they wrote and the address they wrote from.
    await trainee.getByRole('tab', { name: 'Cliente' }).click();
    await trainee.getByRole('textbox', { name: 'Cerca cliente' }).fill('VT-101027');
    await trainee.getByRole('button', { name: 'Cerca', exact: true }).click();
    await trainee.getByRole('button', { name: 'Apri scheda di Matteo Liguori (VT-101027)' }).click();
    await visible(trainee.getByText('Dati confermati dal mittente'));
    expect(await trainee.getByText('Dati confermati dal chiamante').count()).toBe(0);
    await trainee.getByRole('checkbox', { name: 'Codice cliente' }).check();
    await trainee.getByRole('checkbox', { name: 'Indirizzo e-mail' }).check();
    await trainee.getByRole('button', { name: 'Conferma identità' }).click();
    await visible(trainee.getByText('Identità verificata').first());
    await visible(trainee.getByText(/Indirizzo e-mail/).nth(1));

    await trainee.getByRole('tab', { name: 'E-mail' }).click();
    await trainee.getByRole('button', { name: "Rispondi con un'e-mail" }).click();
    await trainee.getByRole('textbox', { name: "Testo dell'e-mail" }).fill('Gentile cliente, le inviamo la copia della fattura richiesta.');
    await trainee.getByRole('button', { name: 'Invia e-mail' }).click();

    await visible(trainee.getByRole('heading', { name: 'Chiusura e-mail' }));
    expect(await trainee.getByText('Chiusura chiamata').count()).toBe(0);
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption({ index: 1 });
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByRole('button', { name: 'Torna disponibile' }));
    await visible(trainee.getByText('Durata lavorazione'));
    expect(await trainee.getByText('Durata conversazione').count()).toBe(0);
    await visible(trainee.getByRole('status').getByText('Post-contatto'));
  }, 90_000);
});
