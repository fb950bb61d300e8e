import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { catalogOf } from '../../server/scenarioCatalog.js';
import { closePages, consoleLabPerFile, openAs, snap, startLabWithConsole, visible, axeClean, fibreTitle } from '../support/browser.js';
import { stopLab, type RunningLab } from '../support/lab.js';
import { libraryDir, loadLibraryScenario } from '../support/scenarios.js';

const floor = consoleLabPerFile();

/** An inbound e-mail scenario, if the library has one: its title, sender and subject. */
interface EmailScenario {
  id: string;
  title: string;
  sender: string;
  subject: string;
}
const emailScenario: EmailScenario | undefined = readdirSync(libraryDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(path.join(libraryDir, name), 'utf8')) as Record<string, unknown>)
  .flatMap((file): EmailScenario[] => {
    const persona = file.persona as { callerNumber?: string; subject?: string } | undefined;
    const title = file.title as { it?: string } | undefined;
    if (file.channel !== 'email' || !persona?.callerNumber || !persona.subject || !title?.it) return [];
    return [{ id: String(file.id), title: title.it, sender: persona.callerNumber, subject: persona.subject }];
  })[0];

async function launch(instructor: Page, fibreTitle: string, mode: string, trainee: string) {
  await instructor.getByRole('radio', { name: fibreTitle }).check();
  await instructor.getByRole('combobox', { name: /Modalità di avvio|Launch mode/ }).selectOption(mode);
  await instructor.getByRole('button', { name: new RegExp(`^(Avvia lo scenario per|Launch the scenario for) ${trainee}$`) }).click();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  expect(await page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
}

describe('the console panels in the browser: catalogue, knowledge base, e-mail, messages, transfer, guidance', () => {
  it('are worked through the real interface in a guided call, mirrored read-only, and stay accessible', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));

    // The launch mode is chosen in the instructor's console: a guided call for Giulia Conte.
    await visible(instructor.getByRole('combobox', { name: 'Modalità di avvio' }));
    await launch(instructor, fibreTitle, 'guided', 'Giulia Conte');
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await visible(trainee.getByText('Guidata').first());
    await trainee.getByRole('button', { name: 'Rispondi' }).click();

    // Guided mode: hints and suggested replies; a suggestion fills the reply box and is not sent.
    const guidance = trainee.getByRole('region', { name: 'Suggerimenti' });
    await visible(guidance.getByText("Presentati con il nome dell'azienda e il tuo nome."));
    const suggestion = 'Vesuvio Telecom, buongiorno, sono … Come posso aiutarla?';
    await guidance.getByRole('button', { name: suggestion }).click();
    const replyBox = trainee.getByRole('textbox', { name: 'Risposta' });
    // The click's state update and focus move land after the click resolves: wait for them.
    await expect.poll(() => replyBox.inputValue(), { timeout: 10_000 }).toBe(suggestion);
    await expect.poll(() => trainee.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('TEXTAREA');
    const transcript = trainee.getByRole('region', { name: 'Trascrizione della chiamata' });
    expect(await transcript.getByText(suggestion).count()).toBe(0);
    expect((await guidance.innerText()).toLowerCase()).not.toMatch(/good|poor|quality|qualità/);
    await axeClean(trainee, 'guided call with suggestions (it)');
    await snap(trainee, '01-guided-suggestions');
    await replyBox.fill('Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?');
    await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
    await visible(transcript.getByText('da ieri sera'));

    // The tabs move with the arrow keys.
    await trainee.getByRole('tab', { name: 'Cliente' }).focus();
    await trainee.keyboard.press('ArrowRight');
    expect(await trainee.getByRole('tab', { name: 'Catalogo' }).getAttribute('aria-selected')).toBe('true');
    expect(await trainee.evaluate(() => document.activeElement?.textContent)).toBe('Catalogo');

    // Catalogue: search, a sheet with price, instalment, stock, warranty and specifications.
    await trainee.getByRole('searchbox', { name: 'Cerca nel catalogo' }).fill('modem');
    await trainee.getByRole('button', { name: 'Cerca prodotti' }).click();
    await visible(trainee.getByText('Prodotti per «modem»'));
    await visible(trainee.getByText('Vesuvio Box ADSL').first());
    await visible(trainee.getByText('Fuori produzione').first());
    await trainee.getByRole('button', { name: 'Apri scheda di Vesuvio Box Fibra 7' }).click();
    let sheet = trainee.getByRole('article', { name: 'Scheda prodotto: Vesuvio Box Fibra 7' });
    await visible(sheet);
    await expect.poll(() => trainee.evaluate(() => document.activeElement?.textContent)).toBe('Vesuvio Box Fibra 7');
    await visible(sheet.getByText(/^179,00\s€$/));
    await visible(sheet.getByText(/^5,97\s€ al mese$/));
    await visible(sheet.getByText('345', { exact: true }));
    await visible(sheet.getByText('24 mesi', { exact: true }));
    await visible(sheet.getByText(/^Garanzia legale di conformità/));
    const specs = sheet.getByRole('table', { name: 'Specifiche tecniche' });
    await visible(specs.getByRole('rowheader', { name: 'Wi-Fi' }));
    await visible(specs.getByText('Wi-Fi 7 (802.11be) tri band 2,4, 5 e 6 GHz'));
    await axeClean(trainee, 'catalogue with a product sheet (it)');

    // A phone out of stock: the restock date; then one of its compatible items, opened from the sheet.
    await trainee.getByRole('searchbox', { name: 'Cerca nel catalogo' }).fill('smartphone');
    await trainee.getByRole('button', { name: 'Cerca prodotti' }).click();
    await trainee.getByRole('button', { name: 'Apri scheda di Partenope P7 128 GB' }).click();
    sheet = trainee.getByRole('article', { name: 'Scheda prodotto: Partenope P7 128 GB' });
    await visible(sheet.getByText('Esaurito').first());
    await visible(sheet.getByText('9 dicembre 2026'));
    await visible(sheet.getByText(/^10,97\s€ al mese$/));
    await visible(sheet.getByText('MOBILE-UNL', { exact: true }));
    await sheet.getByRole('button', { name: 'Apri scheda di Amalfi Buds', exact: true }).click();
    await visible(trainee.getByRole('article', { name: 'Scheda prodotto: Amalfi Buds' }));
    await snap(trainee, '02-catalogue-sheet');

    // Knowledge base: search, summaries, an article with its sections and numbered steps.
    await openTab(trainee, 'Knowledge base');
    await trainee.getByRole('searchbox', { name: 'Cerca nella knowledge base' }).fill('spia rossa modem');
    await trainee.getByRole('button', { name: 'Cerca articoli' }).click();
    await visible(trainee.getByText('Articoli per «spia rossa modem»'));
    const lightsTitle = 'Modem: significato delle spie e guasti di connessione (spia rossa)';
    await trainee.getByRole('button', { name: `Apri articolo: ${lightsTitle}` }).click();
    let article = trainee.getByRole('article', { name: `Articolo: ${lightsTitle}` });
    await visible(article.getByRole('heading', { name: 'Verifiche con il cliente in linea' }));
    await visible(article.getByRole('listitem').filter({ hasText: 'Chiedi quali spie vede e di che colore.' }));
    await visible(article.getByText('Risoluzione problemi').first());
    await axeClean(trainee, 'knowledge base with an article (it)');
    await trainee.getByRole('searchbox', { name: 'Cerca nella knowledge base' }).fill('verifica identità');
    await trainee.getByRole('button', { name: 'Cerca articoli' }).click();
    await trainee.getByRole('button', { name: "Apri articolo: Verifica dell'identità del chiamante" }).click();
    article = trainee.getByRole('article', { name: "Articolo: Verifica dell'identità del chiamante" });
    await visible(article.getByRole('heading', { name: 'Quali dati chiedere' }));
    await visible(article.locator('ol > li').filter({ hasText: 'Confronta i dati con la scheda cliente nella console.' }));
    await snap(trainee, '03-knowledge-article');

    // The customer record, so the e-mail can use her address and a template her name.
    await openTab(trainee, 'Cliente');
    await trainee.getByRole('textbox', { name: 'Cerca cliente' }).fill('VT-100231');
    await trainee.getByRole('button', { name: 'Cerca', exact: true }).click();
    await trainee.getByRole('button', { name: 'Apri scheda di Maria Esposito (VT-100231)' }).click();
    await visible(trainee.getByText('maria.esposito@example.invalid').first());

    // E-mail: the customer's address, a template filled with what is known; what the console does not know
    // (no ticket yet) is asked for before the template goes in, so no {{placeholder}} ever reaches the draft.
    await openTab(trainee, 'E-mail');
    await trainee.getByRole('button', { name: "Usa l'indirizzo del cliente (maria.esposito@example.invalid)" }).click();
    await expect
      .poll(() => trainee.getByRole('textbox', { name: 'Destinatario' }).inputValue(), { timeout: 10_000 })
      .toBe('maria.esposito@example.invalid');
    await trainee.getByRole('combobox', { name: 'Modello' }).selectOption('fault-ticket-opened');
    const subject = trainee.getByRole('textbox', { name: "Oggetto dell'e-mail" });
    const body = trainee.getByRole('textbox', { name: "Testo dell'e-mail" });
    await visible(
      trainee.getByText('Modello non inserito: la console non conosce numero del ticket. Scrivili qui sotto, poi inseriscilo.'),
    );
    expect(await body.inputValue()).toBe('');
    await trainee.getByRole('textbox', { name: 'numero del ticket' }).fill('TK-7');
    await trainee.getByRole('button', { name: 'Inserisci il modello' }).click();
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toContain('Maria Esposito');
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toContain('Giulia Conte');
    expect(await body.inputValue()).toContain('TK-7');
    expect(`${await subject.inputValue()} ${await body.inputValue()}`).not.toContain('{{');
    expect(await trainee.getByText('Completa i segnaposto rimasti').count()).toBe(0);
    await axeClean(trainee, 'e-mail composer (it)');
    await trainee.getByRole('button', { name: 'Invia e-mail' }).click();
    const sent = trainee.getByRole('region', { name: 'E-mail inviate' });
    await visible(sent.getByText('Segnalazione di guasto TK-7 presa in carico'));
    await visible(sent.getByText('A: maria.esposito@example.invalid'));
    // The template by what it is for, never by its id.
    await visible(sent.getByText('Modello: Conferma di apertura di una segnalazione di guasto'));
    await visible(trainee.getByRole('tab', { name: 'E-mail (1)' }));
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toBe('');
    await snap(trainee, '04-email-sent');

    // A message for a colleague: the number on the line is offered; urgent.
    await openTab(trainee, 'Messaggi');
    await trainee.getByRole('combobox', { name: 'Destinatario del messaggio' }).selectOption('giulia.esposito');
    await trainee.getByRole('textbox', { name: 'Nome del chiamante' }).fill('Maria Esposito');
    await expect
      .poll(() => trainee.getByRole('textbox', { name: 'Numero del chiamante' }).inputValue(), { timeout: 10_000 })
      .toBe('+39 081 555 0142');
    await trainee.getByRole('textbox', { name: 'Testo del messaggio' }).fill('Richiamare la cliente: fibra assente da ieri sera.');
    await trainee.getByRole('radio', { name: 'Urgente' }).check();
    await axeClean(trainee, 'message form (it)');
    await trainee.getByRole('button', { name: 'Consegna messaggio' }).click();
    const delivered = trainee.getByRole('region', { name: 'Messaggi consegnati' });
    await visible(delivered.getByText('Per: Giulia Esposito — referente, Assistenza tecnica 2° livello (rete)'));
    await visible(delivered.getByText('Urgente'));
    await visible(delivered.getByText('Da: Maria Esposito (+39 081 555 0142)'));
    await visible(trainee.getByRole('tab', { name: 'Messaggi (1)' }));
    await snap(trainee, '05-message-delivered');

    // The instructor's mirror shows the same panels, read-only.
    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();
    await instructor.getByRole('button', { name: 'Mirror' }).click();
    await openTab(instructor, 'Catalogo');
    await visible(instructor.getByRole('article', { name: 'Scheda prodotto: Amalfi Buds' }));
    expect(await instructor.getByRole('button', { name: 'Cerca prodotti' }).count()).toBe(0);
    expect(await instructor.getByRole('button', { name: /^Apri scheda di / }).count()).toBe(0);
    await openTab(instructor, 'E-mail');
    await visible(instructor.getByText('Segnalazione di guasto TK-7 presa in carico'));
    expect(await instructor.getByRole('button', { name: 'Invia e-mail' }).count()).toBe(0);
    await openTab(instructor, 'Messaggi');
    await visible(instructor.getByText('Richiamare la cliente: fibra assente da ieri sera.'));
    expect(await instructor.getByRole('button', { name: 'Trasferisci', exact: true }).count()).toBe(0);
    await axeClean(instructor, 'mirror with panels (it)');
    await snap(instructor, '06-instructor-mirror');

    // Transfer: the softphone names the department; after-call work starts.
    await trainee.getByRole('combobox', { name: 'Trasferisci a' }).selectOption('tech-l2');
    await axeClean(trainee, 'softphone with transfer (it)');
    await trainee.getByRole('button', { name: 'Trasferisci', exact: true }).click();
    await visible(trainee.getByText('Trasferita a: Assistenza tecnica 2° livello (rete)'));
    await visible(trainee.getByRole('combobox', { name: 'Esito' }));
    expect(await trainee.getByRole('button', { name: 'Riaggancia' }).count()).toBe(0);
    await axeClean(trainee, 'after a transfer (it)');
    await snap(trainee, '07-transferred');
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption('transferred');
    await trainee.getByRole('textbox', { name: 'Seguito' }).fill('Il 2° livello richiama la cliente entro 24 ore.');
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByRole('heading', { name: `Resoconto: ${fibreTitle}` }));
  }, 180_000);

  it('speaks English in an exam call: labels, euros, no hints, still accessible', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente', 'en-GB')).page;
    await instructor.getByRole('button', { name: 'English' }).click();
    const launchMode = instructor.getByRole('combobox', { name: 'Launch mode' });
    await visible(launchMode);
    expect(await launchMode.locator('option').allTextContents()).toEqual([
      'Guided: tips and suggested replies',
      'Standard: tips only',
      'Exam: no help',
    ]);
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo', 'en-GB')).page;
    await trainee.getByRole('button', { name: 'English' }).click();
    await visible(trainee.getByRole('status').getByText('Available'));
    await launch(instructor, 'Fibre down: a fault to escalate to 2nd level', 'exam', 'Marco Sorrentino');
    await trainee.getByRole('button', { name: 'Answer' }).click();
    await visible(trainee.getByText('Exam').first());
    await visible(trainee.getByRole('textbox', { name: 'Reply' }));
    expect(await trainee.getByRole('region', { name: 'Suggestions' }).count()).toBe(0);

    await openTab(trainee, 'Catalogue');
    await trainee.getByRole('searchbox', { name: 'Search the catalogue' }).fill('modem');
    await trainee.getByRole('button', { name: 'Search products' }).click();
    await trainee.getByRole('button', { name: 'Open sheet of Vesuvio Box Fibra 7' }).click();
    const sheet = trainee.getByRole('article', { name: 'Product sheet: Vesuvio Box Fibra 7' });
    await visible(sheet.getByText('€179.00'));
    await visible(sheet.getByText('€5.97 a month'));
    await visible(sheet.getByText('24 months', { exact: true }));
    await visible(sheet.getByText('Available').first());
    await axeClean(trainee, 'catalogue (en)');

    await openTab(trainee, 'Knowledge base');
    await trainee.getByRole('searchbox', { name: 'Search the knowledge base' }).fill('verifica identità');
    await trainee.getByRole('button', { name: 'Search articles' }).click();
    await trainee.getByRole('button', { name: "Open article: Verifica dell'identità del chiamante" }).click();
    await visible(trainee.getByRole('article', { name: "Article: Verifica dell'identità del chiamante" }).getByText('Procedure'));
    await axeClean(trainee, 'knowledge base (en)');

    await openTab(trainee, 'E-mail');
    await visible(trainee.getByRole('textbox', { name: 'E-mail subject' }));
    await visible(trainee.getByRole('combobox', { name: 'Template' }));
    await axeClean(trainee, 'e-mail (en)');
    await openTab(trainee, 'Messages');
    await visible(trainee.getByRole('combobox', { name: 'Message recipient' }));
    await visible(trainee.getByRole('radio', { name: 'Urgent' }));
    await axeClean(trainee, 'messages (en)');
    await visible(trainee.getByRole('combobox', { name: 'Transfer to' }));
    await snap(trainee, '08-english-exam');
  }, 120_000);

  // The library has no e-mail scenario yet: the inbox is exercised on a test-only copy of the fibre call
  // turned into an e-mail (its script ignores the reply, so only the console's side is checked).
  it('shows an inbound e-mail in the inbox, opens it and replies (test-only e-mail copy of the fibre call)', async () => {
    const fibre = loadLibraryScenario('helpdesk-fibra-guasto');
    const derived = {
      ...fibre,
      id: 'prova-email-in-arrivo',
      channel: 'email' as const,
      title: { it: 'Prova: e-mail in arrivo', en: 'Test: inbound e-mail' },
      persona: { ...fibre.persona, callerNumber: 'maria.esposito@example.invalid', subject: 'Fibra assente da ieri sera' },
    };
    const emailLab = await startLabWithConsole({ catalog: catalogOf([derived]) });
    try {
      await answerEmail(
        emailLab,
        { id: derived.id, title: derived.title.it, sender: derived.persona.callerNumber, subject: derived.persona.subject },
        '09-inbound-email-copy',
      );
    } finally {
      // Its pages go first: the lab stops with no console still connected to it.
      await closePages(floor.browser);
      await stopLab(emailLab);
    }
  }, 120_000);

  it.skipIf(!emailScenario)(
    'opens and answers the library inbound e-mail from the inbox',
    async () => {
      if (emailScenario) await answerEmail(floor.lab, emailScenario, '10-inbound-email-library');
    },
    120_000,
  );
});

/** Launches an e-mail contact to Federica Amato, who opens it from the inbox and replies from the prefilled form. */
async function answerEmail(where: RunningLab, scenario: EmailScenario, shot: string) {
  const instructor = (await openAs(floor.browser, where, 'docente', 'docente')).page;
  const trainee = (await openAs(floor.browser, where, 'allievo3', 'allievo')).page;
  await visible(trainee.getByRole('status').getByText('Disponibile'));
  await launch(instructor, scenario.title, 'standard', 'Federica Amato');
  await visible(trainee.getByRole('heading', { name: 'Nuova e-mail in arrivo' }));
  await visible(trainee.getByText(scenario.sender).first());
  await visible(trainee.getByText(scenario.subject).first());
  await visible(trainee.getByText("Apri l'e-mail per leggerne il testo."));
  expect(await trainee.getByRole('button', { name: 'Rispondi' }).count()).toBe(0);
  await axeClean(trainee, 'inbound e-mail (it)');
  await trainee.getByRole('button', { name: 'Apri e-mail' }).click();
  await visible(trainee.getByRole('heading', { name: 'E-mail aperta' }));
  expect(await trainee.getByRole('button', { name: 'Attesa' }).count()).toBe(0);
  expect(await trainee.getByRole('button', { name: 'Riaggancia' }).count()).toBe(0);
  expect(await trainee.getByRole('textbox', { name: 'Risposta' }).count()).toBe(0);
  expect(await trainee.getByRole('combobox', { name: 'Trasferisci a' }).count()).toBe(0);
  expect(await trainee.getByRole('tab', { name: 'E-mail' }).getAttribute('aria-selected')).toBe('true');
  await trainee.getByRole('button', { name: "Rispondi con un'e-mail" }).click();
  const body = trainee.getByRole('textbox', { name: "Testo dell'e-mail" });
  await expect.poll(() => trainee.evaluate(() => document.activeElement?.getAttribute('rows')), { timeout: 10_000 }).toBe('8');
  await expect.poll(() => trainee.getByRole('textbox', { name: 'Destinatario' }).inputValue(), { timeout: 10_000 }).toBe(scenario.sender);
  await expect
    .poll(() => trainee.getByRole('textbox', { name: "Oggetto dell'e-mail" }).inputValue(), { timeout: 10_000 })
    .toBe(`Re: ${scenario.subject}`);
  await visible(trainee.getByRole('heading', { name: "Risposta all'e-mail ricevuta" }));
  await body.fill('Gentile cliente, la ringraziamo per la sua e-mail: la ricontatteremo al più presto.');
  await trainee.getByRole('button', { name: 'Invia e-mail' }).click();
  await visible(trainee.getByRole('region', { name: 'E-mail inviate' }).getByText(`Re: ${scenario.subject}`));
  await axeClean(trainee, 'inbound e-mail answered (it)');
  await snap(trainee, shot);
}
