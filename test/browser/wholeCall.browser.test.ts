import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  consoleLabPerFile,
  escalateToSecondLevel,
  openAs,
  openFibreFaultTicket,
  verifyMariaEsposito,
  visible,
  axeClean,
  fibreTitle,
} from '../support/browser.js';

const floor = consoleLabPerFile();

async function reply(page: Page, text: string, callerAnswerContains: string) {
  await page.getByRole('textbox', { name: 'Risposta' }).fill(text);
  await page.getByRole('button', { name: 'Invia' }).click();
  await visible(page.getByText(callerAnswerContains).first());
}

describe('a whole call in the browser: instructor, trainee and assessor side by side', () => {
  it('is launched, answered, worked, watched live, debriefed and replayed', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    const assessor = (await openAs(floor.browser, floor.lab, 'valutatore', 'valutatore')).page;

    // Each role's main screen, accessible in Italian.
    await visible(instructor.getByRole('heading', { name: 'Console docente' }));
    await visible(trainee.getByRole('heading', { name: 'Console operatore' }));
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await visible(assessor.getByRole('heading', { name: 'Scrivania del valutatore' }));
    await axeClean(instructor, 'instructor console (it)');
    await axeClean(trainee, 'agent console (it)');
    await axeClean(assessor, "assessor's desk (it)");

    // The instructor launches the scenario to Giulia Conte; her phone rings with number and queue.
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Giulia Conte' }).click();
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await visible(trainee.getByText('+39 081 555 0142').first());
    await visible(trainee.getByText('Assistenza tecnica - Fibra').first());
    await axeClean(trainee, 'agent console ringing (it)');
    await trainee.getByRole('button', { name: 'Rispondi' }).click();

    // The instructor opens the live call.
    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();

    await reply(trainee, 'Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?', 'da ieri sera');
    await visible(instructor.getByText('da ieri sera').first());
    await reply(trainee, 'Mi dispiace per il disagio. Mi può dire il suo codice cliente e il codice fiscale?', 'VT-100231');

    await verifyMariaEsposito(trainee);
    await visible(trainee.getByText('Identità verificata').first());
    // The caller cannot see the record: it goes on with its story when the trainee speaks to it.
    await reply(trainee, 'Grazie, signora Esposito, ho trovato la sua scheda.', 'spia Internet è rossa');

    await openFibreFaultTicket(trainee);
    await visible(instructor.getByText('TK-1').first());

    await trainee.getByRole('combobox', { name: 'Ticket da inoltrare' }).selectOption('TK-1');
    await escalateToSecondLevel(trainee);

    // The instructor's mirror shows the trainee's console as it is now, read-only.
    await instructor.getByRole('button', { name: 'Mirror' }).click();
    await visible(instructor.getByText('Identità verificata').first());
    expect(await instructor.getByRole('button', { name: 'Crea ticket' }).count()).toBe(0);
    await instructor.getByRole('button', { name: 'Mirror' }).click();

    await reply(trainee, "Ho inoltrato la pratica all'assistenza tecnica: un tecnico la richiamerà entro 24 ore.", 'aspetto la chiamata');
    await reply(trainee, 'Posso fare altro per lei?', "nient'altro");
    await reply(trainee, 'Grazie per aver chiamato Vesuvio Telecom, buona giornata!', 'Grazie a lei, arrivederci.');

    // The caller hangs up; the trainee wraps up and gets the debrief per item and per ability.
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption('escalated-technical');
    await trainee.getByRole('textbox', { name: 'Note di chiusura' }).fill('Guasto fibra inoltrato al 2° livello.');
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByText('Superata').first());
    await visible(trainee.getByText('UF1.A7').first());
    await visible(trainee.getByText("Inoltra il ticket all'assistenza tecnica di 2° livello").first());
    await axeClean(trainee, 'debrief (it)');

    // The assessor replays the session and jumps to the evidence of an item.
    await assessor.reload();
    await assessor.getByRole('button', { name: `Apri la sessione di Giulia Conte: ${fibreTitle}` }).click();
    const position = assessor.getByRole('slider', { name: 'Posizione nella sessione' });
    await visible(position);
    await visible(assessor.getByRole('button', { name: /^Vai all'evento #\d+$/ }).first());
    await axeClean(assessor, 'replay (it)');
    const evidence = assessor.getByRole('button', { name: /^Vai all'evento #\d+$/ }).first();
    await evidence.click();
    const at = Number(await position.inputValue());
    await assessor.getByRole('button', { name: 'Riproduci' }).click();
    await assessor.waitForTimeout(600);
    await assessor.getByRole('button', { name: 'Pausa' }).click();
    expect(Number(await position.inputValue())).toBeGreaterThan(at);
    await visible(assessor.getByText('Maria Esposito').first());
  }, 120_000);

  it('keeps each role main screen free of serious accessibility problems in English too', async () => {
    for (const [username, password, heading] of [
      ['allievo2', 'allievo', 'Agent console'],
      ['docente', 'docente', 'Instructor console'],
      ['valutatore', 'valutatore', "Assessor's desk"],
    ] as const) {
      const { page, context } = await openAs(floor.browser, floor.lab, username, password, 'en-GB');
      await page.getByRole('button', { name: 'English' }).click();
      await visible(page.getByRole('heading', { name: heading }));
      await axeClean(page, `${heading} (en)`);
      await context.close();
    }
  }, 60_000);
});
