import { describe, expect, it } from 'vitest';
import { consoleLabPerFile, openAs, visible, axeClean, fibreTitle } from '../support/browser.js';

const floor = consoleLabPerFile();

describe('softphone extras in the browser', () => {
  it('mute, shortcut help, phrase book, hidden text, ticket update, catalogue filters and plans, KB marks, warm transfer', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await visible(instructor.getByRole('combobox', { name: 'Modalità di avvio' }));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('combobox', { name: 'Modalità di avvio' }).selectOption('standard');
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Giulia Conte' }).click();
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await trainee.keyboard.press('Alt+A');

    const replyBox = trainee.getByRole('textbox', { name: 'Risposta' });
    const transcript = trainee.getByRole('region', { name: 'Trascrizione della chiamata' });
    await visible(replyBox);

    // The help overlay: "?" outside a text field opens it, Escape closes it and focus returns.
    const helpButton = trainee.getByRole('button', { name: 'Scorciatoie' });
    await helpButton.focus();
    await trainee.keyboard.press('?');
    const help = trainee.getByRole('dialog', { name: 'Scorciatoie da tastiera' });
    await visible(help);
    await visible(help.getByText('Alt+M'));
    await visible(help.getByText('Alt+P'));
    await axeClean(trainee, 'shortcut help open');
    await trainee.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await trainee.evaluate(() => document.activeElement?.textContent)).toBe('Scorciatoie');

    // The phrase book (Alt+P) inserts a phrase in the reply box without sending it.
    await replyBox.focus();
    await trainee.keyboard.press('Alt+P');
    const book = trainee.getByRole('region', { name: /^Frasario/ });
    await visible(book);
    await axeClean(trainee, 'phrase book open');
    const greeting = book.getByRole('button', { name: /^Vesuvio Telecom, buongiorno/ });
    const phrase = (await greeting.textContent()) ?? '';
    await greeting.click();
    await expect.poll(() => replyBox.inputValue(), { timeout: 10_000 }).toBe(phrase);
    expect(await transcript.getByText(phrase).count()).toBe(0);
    await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
    await visible(transcript.getByText('da ieri sera'));

    // Mute: the toggle is pressed, a reply is refused, unmute and the reply goes.
    const mute = trainee.getByRole('button', { name: 'Microfono muto' });
    await trainee.keyboard.press('Alt+M');
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    await visible(trainee.getByText(/Microfono disattivato/));
    await replyBox.fill('Mi può dire il suo codice cliente?');
    await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
    await visible(trainee.getByRole('alert').filter({ hasText: 'Il microfono è disattivato' }));
    await mute.click();
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('false');
    await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
    await visible(transcript.getByText('VT-100231'));

    // Hide text: the caller's lines become placeholders.
    await trainee.getByRole('button', { name: 'Nascondi testo' }).click();
    expect(await transcript.getByText('VT-100231').count()).toBe(0);
    await visible(transcript.getByText(/^battuta \d+ — ascolta la voce$/).first());
    await trainee.getByRole('button', { name: 'Nascondi testo' }).click();

    // A ticket, updated then closed.
    await trainee.getByRole('combobox', { name: 'Categoria', exact: true }).selectOption('line-fault');
    await trainee.getByRole('combobox', { name: 'Priorità', exact: true }).selectOption('medium');
    await trainee.getByRole('textbox', { name: 'Oggetto' }).fill('Fibra assente da ieri sera');
    await trainee.getByRole('textbox', { name: 'Descrizione' }).fill('Spia Internet rossa fissa.');
    await trainee.getByRole('button', { name: 'Crea ticket' }).click();
    const update = trainee.getByRole('form', { name: 'Aggiorna il ticket TK-1' });
    await visible(update);
    await update.getByRole('combobox', { name: 'Nuova priorità' }).selectOption('high');
    await update.getByRole('textbox', { name: 'Nota di aggiornamento' }).fill('Cliente senza linea da 20 ore.');
    await update.getByRole('button', { name: 'Aggiorna' }).click();
    await visible(trainee.getByText('Cliente senza linea da 20 ore.').first());
    await update.getByRole('combobox', { name: 'Nuovo stato' }).selectOption('closed');
    await update.getByRole('textbox', { name: 'Nota di aggiornamento' }).fill('Risolto in linea.');
    await update.getByRole('button', { name: 'Aggiorna' }).click();
    await visible(trainee.locator('.ticket .badge').getByText('Chiuso', { exact: true }));

    // Catalogue: filters with an empty query browse; the plan comparison.
    await trainee.getByRole('tab', { name: 'Catalogo' }).click();
    await trainee.getByRole('combobox', { name: 'Categoria prodotto' }).selectOption('smartphone');
    await trainee.getByRole('checkbox', { name: 'Solo disponibili' }).check();
    await trainee.getByRole('button', { name: 'Cerca prodotti' }).click();
    await visible(trainee.getByText('Prodotti del catalogo'));
    expect(await trainee.getByText('Partenope P7 128 GB').count()).toBe(0);
    await trainee.getByRole('button', { name: 'Confronta offerte' }).click();
    const plans = trainee.getByRole('region', { name: 'Confronto delle offerte in vendita' });
    await visible(plans);
    const boxes = plans.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await visible(plans.getByRole('table', { name: 'Offerte a confronto' }));
    await axeClean(trainee, 'catalogue filters and plan comparison');

    // Knowledge base: the search's words are marked in the article.
    await trainee.getByRole('tab', { name: 'Knowledge base' }).click();
    await trainee.getByRole('searchbox', { name: 'Cerca nella knowledge base' }).fill('spia rossa modem');
    await trainee.getByRole('button', { name: 'Cerca articoli' }).click();
    await trainee.getByRole('button', { name: /^Apri articolo: Modem: significato delle spie/ }).click();
    await expect.poll(() => trainee.locator('.kb-article mark').count()).toBeGreaterThan(0);

    // A warm transfer with its note.
    await trainee.getByRole('combobox', { name: 'Trasferisci a' }).selectOption('tech-l2');
    await trainee.getByRole('textbox', { name: 'Nota per il collega' }).fill('Maria Esposito, fibra assente, ticket TK-1.');
    await trainee.getByRole('button', { name: 'Trasferisci', exact: true }).click();
    await visible(trainee.getByText('Nota per il collega: Maria Esposito, fibra assente, ticket TK-1.'));
    await visible(trainee.getByText('Lavoro post-chiamata'));
  }, 180_000);
});
