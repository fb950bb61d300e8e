import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { consoleLabPerFile, seriousAxeViolations, snap, visible, fibreTitle } from '../support/browser.js';
import { connectDemo } from '../support/lab.js';

const floor = consoleLabPerFile();

const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the control has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, control: Locator, direction: 'forward' | 'backward' = 'forward', maxPresses = 300) {
  await control.waitFor({ state: 'visible', timeout: 10_000 });
  for (let presses = 0; presses <= maxPresses; presses += 1) {
    if (await hasFocus(control)) return;
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(
    `${String(control)} never took the focus after ${maxPresses} presses of ${direction === 'forward' ? 'Tab' : 'Shift+Tab'}`,
  );
}

/** Picks an option of a focused select with the arrow keys, as the keyboard does without opening the list. */
async function chooseWithArrows(page: Page, select: Locator, value: string) {
  expect(await hasFocus(select)).toBe(true);
  const options = await select.locator('option').count();
  await page.keyboard.press('Home');
  for (let presses = 0; presses <= options; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`option ${value} was never reached with the arrow keys`);
}

/** Types a reply in the reply box, reached with Tab or Shift+Tab, and sends it with Enter. */
async function reply(page: Page, text: string, callerAnswerContains: string, direction: 'forward' | 'backward' = 'forward') {
  const box = page.getByRole('textbox', { name: 'Risposta' });
  await tabTo(page, box, direction);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await visible(page.getByRole('region', { name: 'Trascrizione della chiamata' }).getByText(callerAnswerContains).first());
  await expect.poll(() => box.inputValue(), { timeout: 10_000 }).toBe('');
}

describe('a whole call done with the keyboard alone', () => {
  it('logs in, answers with Alt+A, works the fibre call, wraps up and reads the debrief without a mouse', async () => {
    const context = await floor.browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[allievo2] page error:', error.message));
    // Any click would be a test bug: the page records the pointer events it gets.
    await page.addInitScript(() => {
      const record = window as Window & { pointerEvents?: number };
      record.pointerEvents = 0;
      window.addEventListener('pointerdown', () => (record.pointerEvents = (record.pointerEvents ?? 0) + 1), true);
    });
    await page.goto(floor.lab.baseUrl);

    // Log in: Tab to the fields, type, Enter.
    await tabTo(page, page.getByLabel('Nome utente'));
    await page.keyboard.type('allievo2');
    await page.keyboard.press('Tab');
    expect(await hasFocus(page.getByLabel('Password'))).toBe(true);
    await page.keyboard.type('allievo');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Console operatore' }));
    await visible(page.getByRole('status').getByText('Disponibile'));

    // The instructor's part goes through the protocol: the fibre call for Marco Sorrentino.
    const instructor = await connectDemo(floor.lab, 'instructor');
    floor.sockets.push(instructor.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo2'],
      mode: 'standard',
    });
    expect(launched.ok).toBe(true);

    // The phone rings; Alt+A answers from wherever the focus is.
    await visible(page.getByRole('button', { name: 'Rispondi' }));
    await page.keyboard.press('Alt+A');
    await visible(page.getByRole('heading', { name: 'In conversazione' }));

    await reply(page, 'Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?', 'da ieri sera');
    await reply(page, 'Mi dispiace per il disagio. Mi può dire il suo codice cliente e il codice fiscale?', 'VT-100231');

    // The look-up tabs move with the arrow keys.
    const customerTab = page.getByRole('tab', { name: 'Cliente', exact: true });
    await tabTo(page, customerTab);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Catalogo' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await customerTab.getAttribute('aria-selected')).toBe('true');
    expect(await hasFocus(customerTab)).toBe(true);

    // Search and open the customer.
    await tabTo(page, page.getByRole('textbox', { name: 'Cerca cliente' }));
    await page.keyboard.type('VT-100231');
    await page.keyboard.press('Enter');
    const openMaria = page.getByRole('button', { name: 'Apri scheda di Maria Esposito (VT-100231)' });
    await tabTo(page, openMaria);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('article', { name: 'Scheda cliente di Maria Esposito' }));

    // Verify the identity: Space ticks each box, Enter confirms.
    for (const check of ['Nome e cognome', 'Codice cliente', 'Codice fiscale']) {
      const box = page.getByRole('checkbox', { name: check });
      await tabTo(page, box);
      await page.keyboard.press('Space');
      expect(await box.isChecked()).toBe(true);
    }
    await tabTo(page, page.getByRole('button', { name: 'Conferma identità' }));
    await page.keyboard.press('Enter');
    await visible(page.getByText('Identità verificata').first());
    // The caller cannot see the record: it goes on with its story when the trainee speaks to it.
    await reply(page, 'Grazie, signora Esposito, ho trovato la sua scheda.', 'spia Internet è rossa', 'backward');

    // Create the ticket: selects by arrow keys, text typed, Enter on the button.
    const category = page.getByRole('combobox', { name: 'Categoria' });
    await tabTo(page, category);
    await chooseWithArrows(page, category, 'line-fault');
    const priority = page.getByRole('combobox', { name: 'Priorità' });
    await tabTo(page, priority);
    await chooseWithArrows(page, priority, 'high');
    await tabTo(page, page.getByRole('textbox', { name: 'Oggetto' }));
    await page.keyboard.type('Fibra assente da ieri sera');
    await tabTo(page, page.getByRole('textbox', { name: 'Descrizione' }));
    await page.keyboard.type('Spia Internet rossa fissa, modem già riavviato due volte.');
    await tabTo(page, page.getByRole('button', { name: 'Crea ticket' }));
    await page.keyboard.press('Enter');
    // The caller hears of the ticket only from the trainee.
    await reply(page, 'Le ho aperto una segnalazione per il guasto della linea.', 'E adesso cosa succede?', 'backward');

    // Hold and resume with the softphone's shortcut, then escalate the ticket.
    await page.keyboard.press('Alt+H');
    await visible(page.getByRole('heading', { name: 'In attesa' }));
    await page.keyboard.press('Alt+H');
    await visible(page.getByRole('heading', { name: 'In conversazione' }));
    const department = page.getByRole('combobox', { name: 'Reparto' });
    await tabTo(page, department);
    await chooseWithArrows(page, department, 'tech-l2');
    await tabTo(page, page.getByRole('textbox', { name: 'Nota di inoltro' }));
    await page.keyboard.type('Verifica in centrale: cliente in smart working.');
    await tabTo(page, page.getByRole('button', { name: 'Inoltra ticket' }));
    await page.keyboard.press('Enter');
    await visible(page.getByText('Inoltrato a:').first());
    await snap(page, 'k01-escalated');

    // The closing replies: the reply box is before the work tools, so Shift+Tab goes back to it.
    await reply(
      page,
      "Ho inoltrato la pratica all'assistenza tecnica: un tecnico la richiamerà entro 24 ore.",
      'aspetto la chiamata',
      'backward',
    );
    await reply(page, 'Posso fare altro per lei?', "nient'altro");
    await reply(page, 'Grazie per aver chiamato Vesuvio Telecom, buona giornata!', 'Grazie a lei, arrivederci.');

    // The caller hangs up: wrap-up with the keyboard.
    const disposition = page.getByRole('combobox', { name: 'Esito' });
    await visible(disposition);
    await tabTo(page, disposition);
    await chooseWithArrows(page, disposition, 'escalated-technical');
    await tabTo(page, page.getByRole('textbox', { name: 'Note di chiusura' }));
    await page.keyboard.type('Guasto fibra inoltrato al 2° livello.');
    await tabTo(page, page.getByRole('button', { name: 'Registra chiusura' }));
    await page.keyboard.press('Enter');

    // The debrief, and a moment of the call opened and closed from the keyboard.
    await visible(page.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
    await visible(page.getByText('Superata').first());
    await visible(page.getByText('UF1.A7').first());
    const evidence = page.getByRole('button', { name: /^Mostra il momento #\d+ della chiamata$/ }).first();
    await tabTo(page, evidence);
    await page.keyboard.press('Enter');
    const moment = page.getByRole('region', { name: /^Il momento #\d+ della chiamata/ });
    await visible(moment);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await tabTo(page, moment.getByRole('button', { name: 'Chiudi il momento' }));
    await page.keyboard.press('Enter');
    expect(await moment.count()).toBe(0);
    await expect.poll(() => hasFocus(evidence)).toBe(true);
    expect(await seriousAxeViolations(page), 'debrief after a keyboard-only call').toEqual([]);
    await snap(page, 'k02-debrief');

    // Back to the queue, with Enter on the debrief's button.
    await tabTo(page, page.getByRole('button', { name: 'Torna disponibile' }), 'backward');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('tab', { name: 'Esercitati' }));
    expect(await page.evaluate(() => (window as Window & { pointerEvents?: number }).pointerEvents)).toBe(0);
    await context.close();
  }, 180_000);
});
