import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import {
  consoleLabPerFile,
  escalateToSecondLevel,
  openAs,
  openFibreFaultTicket,
  verifyMariaEsposito,
  seriousAxeViolations,
  snap,
  visible,
  fibreTitle,
} from '../support/browser.js';

const vesuvioDesk = loadVesuvioDesk();

const floor = consoleLabPerFile();

/** A customer of the mock company with orders, invoices and past tickets, read from the same data the server uses. */
function customerWithHistory() {
  for (let n = 1; n < 1000; n += 1) {
    const id = `C${String(n).padStart(4, '0')}`;
    const record = vesuvioDesk.customer(id);
    if (!record) continue;
    const history = vesuvioDesk.customerHistory(id);
    const [order] = history.orders;
    const [invoice] = history.invoices;
    const [ticket] = history.pastTickets;
    if (order && order.status !== 'annullato' && invoice && invoice.lines.length > 0 && ticket)
      return { record, history, order, invoice, ticket };
  }
  throw new Error('the mock company has no customer with orders, invoices and past tickets');
}

/** No serious or critical axe violation on the screen as it is, in Italian and then in English; back to Italian after. */
async function axeInBothLanguages(page: Page, where: string) {
  expect(await seriousAxeViolations(page), `${where} (it)`).toEqual([]);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  expect(await seriousAxeViolations(page), `${where} (en)`).toEqual([]);
  await snap(page, `${where.replaceAll(/\W+/g, '-')}-en`);
  await page.getByRole('button', { name: 'Italiano' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'it');
}

async function reply(page: Page, text: string, callerAnswerContains: string) {
  await page.getByRole('textbox', { name: 'Risposta' }).fill(text);
  await page.getByRole('button', { name: 'Invia', exact: true }).click();
  await visible(page.getByRole('region', { name: 'Trascrizione della chiamata' }).getByText(callerAnswerContains).first());
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  expect(await page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}

const className = 'Operatore call center Inbound - Aula A (demo)';

/** Ticks or unticks scenarios in the instructor's self-practice panel, saves, and waits for the count. */
async function setOpenToClass(instructor: Page, titles: string[], open: boolean, expectedCount: number) {
  for (const title of titles) {
    const box = instructor.getByRole('checkbox', { name: title, exact: true });
    if (open) await box.check();
    else await box.uncheck();
  }
  await instructor.getByRole('button', { name: 'Salva gli scenari aperti' }).click();
  const status = expectedCount === 1 ? `1 scenario aperto a ${className}.` : `${expectedCount} scenari aperti a ${className}.`;
  await visible(instructor.getByText(status));
}

describe('records, orders, org chart, self-practice, progress and debrief moments in the browser', () => {
  it('are worked through the real interface and stay accessible in Italian and English', async () => {
    const history = customerWithHistory();
    // A second open scenario of another kind, so the practice filters have something to leave out.
    const catalog = floor.lab.application.context.catalog.list();
    const fibre = catalog.find((scenario) => scenario.id === 'helpdesk-fibra-guasto')!;
    const other = catalog.find((scenario) => scenario.kind !== fibre.kind);
    const opened = other ? [fibreTitle, other.title.it] : [fibreTitle];
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));

    // The practice view is the first tab beside the idle console; nothing is open to the class yet.
    expect(await trainee.getByRole('tab', { name: 'Esercitati', exact: true }).getAttribute('aria-selected')).toBe('true');
    await visible(trainee.getByText('Il docente non ha ancora aperto scenari alla tua classe'));
    await axeInBothLanguages(trainee, 'practice view, empty');

    // The instructor opens the fibre scenario to the class for self-practice.
    const practicePanel = instructor.getByRole('region', { name: 'Esercitazione libera' });
    await visible(practicePanel.getByRole('combobox', { name: "Classe per l'esercitazione" }));
    await setOpenToClass(instructor, opened, true, opened.length);
    await axeInBothLanguages(instructor, 'instructor self-practice panel');
    await snap(instructor, 'r01-instructor-practice');

    // The trainee's catalogue updates live; the filters narrow it by kind, language and difficulty.
    const startFibre = trainee.getByRole('button', { name: `Inizia l'esercitazione: ${fibreTitle}` });
    await visible(startFibre);
    const total = opened.length;
    await visible(trainee.getByText(`${total} ${total === 1 ? 'scenario' : 'scenari'} su ${total}.`));
    if (other) {
      await trainee.getByRole('combobox', { name: 'Tipo di contatto' }).selectOption(other.kind);
      await visible(trainee.getByText(`1 scenario su ${total}.`));
      expect(await startFibre.count()).toBe(0);
    }
    await trainee.getByRole('combobox', { name: 'Tipo di contatto' }).selectOption(fibre.kind);
    await trainee.getByRole('combobox', { name: 'Lingua', exact: true }).selectOption(fibre.language);
    await trainee.getByRole('combobox', { name: 'Difficoltà', exact: true }).selectOption(String(fibre.difficulty));
    await visible(trainee.getByText(`1 scenario su ${total}.`));
    await trainee.getByRole('radio', { name: 'Standard: solo indicazioni' }).check();
    await axeInBothLanguages(trainee, 'practice view with the catalogue');
    await snap(trainee, 'r02-practice-view');

    // Starting it rings the phone like any call.
    await startFibre.click();
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await reply(trainee, 'Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?', 'da ieri sera');
    await reply(trainee, 'Mi dispiace per il disagio. Mi può dire il suo codice cliente e il codice fiscale?', 'VT-100231');
    await verifyMariaEsposito(trainee);
    // The caller cannot see the record: it goes on with its story when the trainee speaks to it.
    await reply(trainee, 'Grazie, signora Esposito, ho trovato la sua scheda.', 'spia Internet è rossa');
    await openFibreFaultTicket(trainee);
    await escalateToSecondLevel(trainee);
    await reply(trainee, "Ho inoltrato la pratica all'assistenza tecnica: un tecnico la richiamerà entro 24 ore.", 'aspetto la chiamata');
    // No "anything else?": that rubric item is missed, with the last replies as its evidence.
    await reply(trainee, 'Grazie per aver chiamato Vesuvio Telecom, buona giornata!', 'Grazie a lei, arrivederci.');
    await visible(trainee.getByRole('combobox', { name: 'Esito' }));

    // After-call work: the record of a customer with a history.
    const { record, order, invoice, ticket } = history;
    await trainee.getByRole('textbox', { name: 'Cerca cliente' }).fill(record.customerCode);
    await trainee.getByRole('button', { name: 'Cerca', exact: true }).click();
    await trainee.getByRole('button', { name: `Apri scheda di ${record.fullName} (${record.customerCode})` }).click();
    const card = trainee.getByRole('article', { name: `Scheda cliente di ${record.fullName}` });
    await visible(card.getByText(record.email));
    await trainee.getByText(`Ordini (${history.history.orders.length})`).click();
    await visible(trainee.getByText(order.id, { exact: true }));
    await trainee.getByText(`Fatture (${history.history.invoices.length})`).click();
    const showLines = trainee.getByRole('button', { name: `Righe della fattura ${invoice.id}` });
    expect(await showLines.getAttribute('aria-expanded')).toBe('false');
    await showLines.click();
    expect(await showLines.getAttribute('aria-expanded')).toBe('true');
    await visible(trainee.getByRole('table', { name: `Righe della fattura ${invoice.id}` }).getByText(invoice.lines[0]!.description));
    await trainee.getByText(`Ticket precedenti (${history.history.pastTickets.length})`).click();
    await visible(trainee.getByText(ticket.subject).first());
    await axeInBothLanguages(trainee, 'customer record with its history');
    await snap(trainee, 'r03-record-history');

    // A correction: a bad e-mail is refused beside the field, a good one is recorded and marked.
    await trainee.getByText('Correggi i dati del cliente').click();
    await trainee.getByRole('combobox', { name: 'Dato da correggere' }).selectOption('email');
    await expect.poll(() => trainee.getByRole('textbox', { name: 'Nuovo valore' }).inputValue(), { timeout: 10_000 }).toBe(record.email);
    await trainee.getByRole('textbox', { name: 'Nuovo valore' }).fill('non-una-email');
    await trainee.getByRole('button', { name: 'Registra la correzione' }).click();
    await visible(trainee.getByText('Scrivi un indirizzo e-mail valido'));
    await trainee.getByRole('textbox', { name: 'Nuovo valore' }).fill('nuovo.indirizzo@example.invalid');
    await trainee.getByRole('button', { name: 'Registra la correzione' }).click();
    await visible(card.getByText('nuovo.indirizzo@example.invalid'));
    await visible(trainee.getByText('Correzione registrata: E-mail.'));
    await trainee.getByRole('combobox', { name: 'Dato da correggere' }).selectOption('marketingConsent');
    const consentNow = record.marketingConsent;
    await trainee.getByRole('combobox', { name: 'Nuovo valore' }).selectOption(consentNow ? 'false' : 'true');
    await trainee.getByRole('button', { name: 'Registra la correzione' }).click();
    await visible(trainee.getByText('Correzione registrata: Consenso marketing.'));
    expect(await card.getByText('corretto', { exact: true }).count()).toBe(2);
    await axeInBothLanguages(trainee, 'record correction');
    await snap(trainee, 'r04-record-correction');

    // Cancelling an order of the record, with a reason.
    await trainee.getByRole('button', { name: `Annulla l'ordine ${order.id}` }).click();
    await trainee.getByRole('textbox', { name: `Motivo dell'annullamento di ${order.id}` }).fill('Il cliente non lo vuole più.');
    await trainee.getByRole('button', { name: `Conferma l'annullamento di ${order.id}` }).click();
    await visible(trainee.getByText('Annullato in questa chiamata'));

    // A new order: a product from the catalogue, twice, with the record's (corrected) data.
    await openTab(trainee, 'Catalogo');
    await trainee.getByRole('searchbox', { name: 'Cerca nel catalogo' }).fill('modem');
    await trainee.getByRole('button', { name: 'Cerca prodotti' }).click();
    await trainee.getByRole('button', { name: 'Apri scheda di Vesuvio Box Fibra 7' }).click();
    const sheet = trainee.getByRole('article', { name: 'Scheda prodotto: Vesuvio Box Fibra 7' });
    await sheet.getByRole('spinbutton', { name: 'Quantità' }).fill('2');
    await sheet.getByRole('button', { name: "Aggiungi all'ordine" }).click();
    await visible(sheet.getByText('Aggiunto al nuovo ordine: 2 × Vesuvio Box Fibra 7.'));
    await sheet.getByRole('button', { name: 'Vai al nuovo ordine' }).click();
    expect(await trainee.getByRole('tab', { name: 'Ordini', exact: true }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => trainee.evaluate(() => document.activeElement?.textContent)).toBe('Nuovo ordine');
    await visible(trainee.getByText(`Cliente: ${record.fullName} (${record.customerCode})`));
    await expect
      .poll(() => trainee.getByRole('spinbutton', { name: 'Quantità di Vesuvio Box Fibra 7' }).inputValue(), { timeout: 10_000 })
      .toBe('2');
    await expect
      .poll(() => trainee.getByRole('textbox', { name: 'Indirizzo di consegna' }).inputValue(), { timeout: 10_000 })
      .toBe(record.address);
    await trainee.getByRole('button', { name: "Inserisci l'ordine" }).click();
    await visible(trainee.getByText('Scegli il metodo di pagamento.'));
    await trainee.getByRole('combobox', { name: 'Metodo di pagamento' }).selectOption('PayPal');
    await axeInBothLanguages(trainee, 'new order form');
    await snap(trainee, 'r05-new-order');
    await trainee.getByRole('button', { name: "Inserisci l'ordine" }).click();
    const placed = trainee.getByRole('region', { name: 'Ordini inseriti in questa chiamata' });
    await visible(placed.getByText('ORD-S-1', { exact: true }));
    await visible(placed.getByText(/^358,00\s€$/));
    await visible(trainee.getByRole('tab', { name: 'Ordini (1)' }));
    expect(await trainee.getByRole('spinbutton', { name: 'Quantità di Vesuvio Box Fibra 7' }).count()).toBe(0);

    // Cancelling the order just placed; both cancelled orders are listed.
    await placed.getByRole('button', { name: "Annulla l'ordine ORD-S-1" }).click();
    await placed.getByRole('textbox', { name: "Motivo dell'annullamento di ORD-S-1" }).fill('Il cliente ci ripensa.');
    await placed.getByRole('button', { name: "Conferma l'annullamento di ORD-S-1" }).click();
    await visible(placed.getByText('Annullato', { exact: true }));
    const cancelled = trainee.getByRole('region', { name: 'Ordini annullati in questa chiamata' });
    await visible(cancelled.getByText('ORD-S-1', { exact: true }));
    await visible(cancelled.getByText(order.id, { exact: true }));
    await axeInBothLanguages(trainee, 'orders placed and cancelled');
    await snap(trainee, 'r06-orders');

    // The org chart: escalation rules and a process diagram whose decisions lead to numbered steps.
    await openTab(trainee, 'Organigramma');
    const rules = trainee.getByRole('region', { name: 'Regole di inoltro' });
    const lineRule = rules.getByRole('listitem').filter({ hasText: 'Linea assente, lenta o disturbata' });
    await lineRule.getByText('Linea assente, lenta o disturbata').click();
    await visible(lineRule.getByText('Quando non inoltrare mai'));
    await visible(lineRule.getByText(/^Dopo le verifiche della guida KB-027/));
    await visible(lineRule.getByText('Assistenza tecnica 2° livello (rete)'));
    const processes = trainee.getByRole('region', { name: 'Schemi di processo' });
    await processes.getByText('Escalation al secondo livello').click();
    const decision = processes.getByRole('button', { name: /^Sì: vai al passo \d+$/ }).first();
    await visible(decision);
    await decision.click();
    expect(await trainee.evaluate(() => document.activeElement?.tagName)).toBe('LI');
    expect(await trainee.evaluate(() => document.activeElement?.closest('ol')?.className)).toBe('process__steps');
    await axeInBothLanguages(trainee, 'org chart with rules and a process');
    await snap(trainee, 'r07-org-chart');

    // Wrap-up, then the debrief: a missed item's evidence shows that moment of the call.
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption('escalated-technical');
    await trainee.getByRole('textbox', { name: 'Note di chiusura' }).fill('Guasto fibra inoltrato al 2° livello.');
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
    const missed = trainee.getByRole('listitem').filter({ hasText: 'Chiede se può fare altro' });
    await visible(missed.getByText('Mancato'));
    const evidence = missed.getByRole('button', { name: /^Mostra il momento #\d+ della chiamata$/ });
    expect(await evidence.count()).toBe(3);
    const firstSeq = Number(/#(\d+)/.exec((await evidence.first().getAttribute('aria-label')) ?? '')?.[1]);
    await evidence.first().click();
    const moment = trainee.getByRole('region', { name: new RegExp(`^Il momento #${firstSeq} della chiamata \\(\\d\\d:\\d\\d\\)$`) });
    await visible(moment);
    const momentTranscript = moment.getByRole('region', { name: 'Trascrizione della chiamata' });
    await visible(momentTranscript.getByText('Mi dispiace per il disagio. Mi può dire il suo codice cliente e il codice fiscale?'));
    // Nothing said after the moment: the caller's answer to the last reply is not there yet.
    expect(await momentTranscript.getByText('aspetto la chiamata').count()).toBe(0);
    expect(await moment.locator(`[data-seq="${firstSeq}"]`).getAttribute('class')).toContain('is-highlighted');
    expect(await moment.getByRole('button', { name: 'Crea ticket' }).count()).toBe(0);
    await expect.poll(() => trainee.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await axeInBothLanguages(trainee, 'debrief with a moment of the call');
    await snap(trainee, 'r08-debrief-moment');
    await moment.getByRole('button', { name: 'Chiudi il momento' }).click();
    expect(await moment.count()).toBe(0);

    // "Try again" follows what the class has open: closed, it says why; open again, it starts the call.
    const retry = trainee.getByRole('button', { name: 'Riprova' });
    expect(await retry.isEnabled()).toBe(true);
    await setOpenToClass(instructor, [fibreTitle], false, opened.length - 1);
    await visible(trainee.getByText("lo scenario non è aperto alla tua classe per l'esercitazione"));
    expect(await retry.isDisabled()).toBe(true);
    await setOpenToClass(instructor, [fibreTitle], true, opened.length);
    await expect.poll(() => retry.isEnabled()).toBe(true);
    await visible(trainee.getByText('Riparte lo stesso scenario come esercitazione, in modalità Standard.'));
    await retry.click();
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await trainee.getByRole('button', { name: 'Riaggancia' }).click();
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption({ index: 1 });
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
    await trainee.getByRole('button', { name: 'Torna disponibile' }).click();

    // My progress: both contacts, per ability of UF1 and UF2, with the latest, the average and a trend.
    await openTab(trainee, 'I miei progressi');
    const contacts = trainee.getByRole('table', { name: 'Contatti conclusi' });
    await visible(contacts);
    expect(await contacts.getByRole('row').filter({ hasText: fibreTitle }).count()).toBe(2);
    await visible(contacts.getByRole('cell', { name: 'Esercitazione' }).first());
    const uf1 = trainee.getByRole('table', { name: /^UF1 — / });
    const uf2 = trainee.getByRole('table', { name: /^UF2 — / });
    expect(await uf1.getByRole('row').count()).toBe(9);
    expect(await uf2.getByRole('row').count()).toBe(6);
    const escalation = uf1.getByRole('row').filter({ hasText: 'UF1.A7' });
    await visible(escalation.getByRole('img', { name: /^Ultimi 2 risultati, dal più vecchio: \d+%, \d+%$/ }));
    await axeInBothLanguages(trainee, 'my progress');
    await snap(trainee, 'r09-progress');

    // A past contact's debrief can be read again, with its moments.
    await contacts
      .getByRole('button', { name: /^Rivedi il resoconto: / })
      .last()
      .click();
    const review = trainee.getByRole('region', { name: `Resoconto: ${fibreTitle}` });
    await visible(review.getByText('Chiede se può fare altro'));
    await review
      .getByRole('button', { name: /^Mostra il momento #\d+ della chiamata$/ })
      .first()
      .click();
    await visible(review.getByRole('region', { name: /^Il momento #\d+ della chiamata/ }));
    await axeInBothLanguages(trainee, 'past contact review');
    await snap(trainee, 'r10-progress-review');
  }, 300_000);
});
