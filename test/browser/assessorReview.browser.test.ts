import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, openAs, snap, visible } from '../support/browser.js';
import { hashPassword } from '../../server/auth/password.js';
import { connectDemo, demo } from '../support/lab.js';
import { addSecondAssessor, playFibreCall } from '../support/reviewApi.js';
import { xapiStatementsSchema } from '../support/xapiSpec.js';

const floor = consoleLabPerFile();

describe('the assessor’s review in the console', () => {
  it('an assessor changes a verdict with its reason, comments an item and a moment, releases; the trainee disputes and acknowledges; a second assessor calibrates blind', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const sessionId = await playFibreCall(floor.lab, instructor.socket, trainee.socket, 'exam');
    const firstItem = floor.lab.application.context.registry.scenarioOf(floor.lab.application.context.registry.record(sessionId)!)!
      .rubric[0]!;

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    // The exam waits first in the queue; its link opens it, and the address keeps it open across a reload.
    const queue = page.getByRole('table', { name: 'Coda di revisione, in ordine di servizio' });
    await visible(queue.getByRole('row').filter({ hasText: 'Esame' }).filter({ hasText: 'Giulia Conte' }));
    await queue.getByRole('link', { name: /^Apri la sessione di Giulia Conte/ }).click();
    await visible(page.getByRole('heading', { name: 'Revisione del valutatore' }));
    expect(new URL(page.url()).searchParams.get('session')).toBe(sessionId);
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Revisione del valutatore' }));
    await visible(page.getByText('Punteggio automatico: nessun valutatore lo ha ancora rivisto.'));

    const label = firstItem.label.it;
    await page.getByText(`Rivedi la voce: ${label}`).click();
    const form = page.getByRole('form', { name: `Esito della voce ${label}` });
    await form.getByRole('combobox', { name: 'Esito' }).selectOption('missed');
    await form.getByRole('button', { name: "Cambia l'esito" }).click();
    // The reason is required: the browser keeps the form until it is given, and nothing is recorded.
    expect(floor.lab.application.context.reviews.recordsOf(sessionId)).toEqual([]);
    await form.getByRole('textbox', { name: 'Motivo (obbligatorio)' }).fill('Il saluto non nomina l’azienda.');
    await form.getByRole('button', { name: "Cambia l'esito" }).click();
    await visible(page.getByText(/^Punteggio rivisto da Dott\. Enzo Palumbo il /));
    await visible(page.getByText(/Raggiunto → Mancato\. Motivo: Il saluto non nomina l’azienda\./));

    await page.getByRole('textbox', { name: `Commento sulla voce ${label}` }).fill('Da riascoltare in aula.');
    await page.getByRole('button', { name: 'Aggiungi il commento' }).first().click();
    await visible(page.getByText('Da riascoltare in aula.'));

    // A comment pinned to the replay's moment shows in the replay at that moment.
    const evidence = page.getByRole('button', { name: /^Vai all'evento #\d+/ }).first();
    const seq = Number((await evidence.getAttribute('aria-label'))?.match(/#(\d+)/)?.[1]);
    await evidence.click();
    const momentBox = page.getByRole('textbox', { name: `Commento sul momento #${seq} della registrazione` });
    await momentBox.fill('Qui serviva più empatia.');
    await momentBox.locator('xpath=..').getByRole('button', { name: 'Aggiungi il commento' }).click();
    await visible(page.getByRole('complementary', { name: `Commenti sul momento #${seq}` }).getByText('Qui serviva più empatia.'));
    expect(floor.lab.application.context.reviews.recordsOf(sessionId).map((record) => record.type)).toEqual([
      'item.verdict',
      'review.comment',
      'review.comment',
    ]);
    // The list of sessions says which score is which, once the page asks again.
    await page.reload();
    const listed = page.getByRole('table', { name: 'Sessioni', exact: true }).getByRole('row').filter({ hasText: 'Giulia Conte' });
    await visible(listed.getByText('(automatico)'));
    await visible(listed.getByText(/^Rivisto: .* da Dott\. Enzo Palumbo il /));
    await axeClean(page, 'the assessor’s review');

    // On paper: the report without the desk's lists and forms; the same report as a PDF from the server.
    await page.emulateMedia({ media: 'print' });
    expect(await queue.isVisible()).toBe(false);
    expect(await page.getByRole('form', { name: `Esito della voce ${label}` }).isVisible()).toBe(false);
    await visible(page.getByText(/^Punteggio rivisto da Dott\. Enzo Palumbo il /));
    await page.emulateMedia({ media: 'screen' });
    const pdfPath = await page.getByRole('link', { name: 'Rapporto in PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${floor.lab.baseUrl}${pdfPath}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await page.getByRole('link', { name: 'Sessioni (CSV)' }).getAttribute('href')).toBe('/api/exports/sessions.csv');
    // The session's xAPI statements, downloaded from its screen: valid xAPI, carrying the reviewed score.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Scarica le dichiarazioni xAPI (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`xapi-${sessionId}.json`);
    const statements = xapiStatementsSchema.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
    expect(statements.map((statement) => statement.verb.id.split('/').at(-1))).toEqual(['attempted', 'completed', expect.any(String)]);
    expect(statements[2]!.context?.extensions?.[`${floor.lab.baseUrl}/xapi/extensions/score-source`]).toMatchObject({
      source: 'reviewed',
      reviewedBy: ['u-valutatore'],
    });
    await snap(page, 'assessor-review');

    // The exam's release hands the reviewed debrief to the trainee, who disputes the changed item.
    await page.getByRole('button', { name: 'Rilascia all’allievo' }).click();
    await visible(page.getByText(/^Revisione consegnata all'allievo da Dott\. Enzo Palumbo il /));
    const { page: traineePage } = await openAs(floor.browser, floor.lab, ...demo.trainee1);
    await traineePage.getByRole('tab', { name: 'I miei progressi' }).click();
    // The trainee's list of contacts says which score is which: the automatic one, and the released review's, who and when.
    const contact = traineePage.getByRole('table', { name: 'Contatti conclusi' }).getByRole('row').filter({ hasText: 'Esame' });
    await visible(contact.getByText('(automatico)'));
    await visible(contact.getByText(/^Rivisto: .* da Dott\. Enzo Palumbo il .* · consegnato il /));
    await visible(traineePage.getByText(/^Dove un valutatore ti ha consegnato la revisione/));
    await traineePage
      .getByRole('button', { name: /^Rivedi il resoconto/ })
      .first()
      .click();
    await visible(traineePage.getByRole('heading', { name: 'Revisione del valutatore' }));
    await visible(traineePage.getByText(/^Punteggio rivisto da Dott\. Enzo Palumbo il /));
    await visible(traineePage.getByText(/^Punteggio automatico, calcolato dal laboratorio/));
    await visible(traineePage.getByText('Da riascoltare in aula.'));
    await traineePage.getByText(`Contesta la voce: ${label}`).click();
    await traineePage.getByRole('textbox', { name: `Perché contesti la voce ${label}` }).fill('Ho detto il nome dell’azienda.');
    await traineePage.getByRole('button', { name: 'Invia la contestazione' }).click();
    await visible(traineePage.getByText('in attesa di risposta', { exact: false }));
    await traineePage.getByRole('button', { name: 'Ho preso visione' }).click();
    await visible(traineePage.getByText(/^Revisione consegnata all'allievo/));
    await expect.poll(() => traineePage.getByRole('button', { name: 'Ho preso visione' }).count()).toBe(0);
    await axeClean(traineePage, 'the trainee’s reviewed debrief');
    await snap(traineePage, 'trainee-review');

    // Back with the assessors: the open dispute shows on the session.
    await page.getByRole('button', { name: 'Chiudi sessione' }).click();
    await page
      .getByRole('button', { name: /Apri.*Giulia Conte/ })
      .first()
      .click();
    await visible(page.getByRole('heading', { name: "Contestazioni dell'allievo" }));
    await visible(page.getByText('Ho detto il nome dell’azienda.'));

    // Calibration: the first assessor gives blind verdicts; the second, in English, opens the shared link and gives theirs.
    const calibration = page.getByRole('form', { name: 'Le mie valutazioni alla cieca' });
    const selects = calibration.getByRole('combobox');
    // The form appears once the calibration view has loaded: counting its choices before that counts none.
    await visible(selects.first());
    for (let index = 0; index < (await selects.count()); index++) await selects.nth(index).selectOption('met');
    await calibration.getByRole('button', { name: 'Invia le mie valutazioni alla cieca' }).click();
    await visible(page.getByText(/^In attesa di un altro valutatore/));
    const shared = page.url();
    const [username, password] = await addSecondAssessor(floor.lab, hashPassword);
    const { page: second } = await openAs(floor.browser, floor.lab, username, password, 'en-GB');
    await visible(second.getByRole('heading', { name: 'Scrivania del valutatore' }));
    await second.getByRole('button', { name: 'English' }).click();
    await second.goto(shared);
    await visible(second.getByRole('heading', { name: 'Blind calibration' }));
    await visible(second.getByText('Blind verdicts given by: Dott. Enzo Palumbo.'));
    const blind = second.getByRole('form', { name: 'My blind verdicts' });
    const choices = blind.getByRole('combobox');
    await visible(choices.first());
    for (let index = 0; index < (await choices.count()); index++) await choices.nth(index).selectOption(index === 0 ? 'missed' : 'met');
    await blind.getByRole('button', { name: 'Send my blind verdicts' }).click();
    const compared = second.getByRole('table', { name: 'The assessors compared, item by item' });
    await visible(compared);
    await visible(second.getByText(/^Overall agreement: /));
    await visible(second.getByRole('heading', { name: 'To discuss' }));
    expect(await compared.getByRole('row').filter({ hasText: firstItem.label.en }).innerText()).toMatch(/Met\s+Missed\s+0/);
    await axeClean(second, 'the calibration, in English');
    await snap(second, 'calibration');
  }, 180_000);
});
