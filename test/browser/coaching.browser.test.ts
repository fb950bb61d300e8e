import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';

const floor = consoleLabPerFile();

describe('the instructor inside the call', () => {
  it('whispers, pauses, resumes and ends from the monitor, and the trainee sees each where they look', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Giulia Conte' }).click();
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();

    const monitor = instructor.getByRole('region', { name: /^Monitoraggio: Giulia Conte/ });
    await monitor.getByRole('textbox', { name: 'Suggerisci a Giulia Conte' }).fill('Chiedi il codice cliente e un secondo dato');
    await monitor.getByRole('button', { name: 'Invia la nota' }).click();
    await visible(monitor.getByRole('status').getByText('Nota inviata.'));

    const transcript = trainee.getByRole('region', { name: 'Trascrizione' });
    const note = transcript.locator('.utterance--instructor');
    await visible(note.getByText('Chiedi il codice cliente e un secondo dato'));
    await visible(note.getByText('Nota del docente · il cliente non la sente'));
    // The monitor's own transcript shows it at its moment too.
    await visible(monitor.locator('.utterance--instructor').getByText('Chiedi il codice cliente e un secondo dato'));
    await axeClean(trainee, 'the trainee console with a whisper');
    await axeClean(instructor, 'the monitor with the whisper box');

    // Paused, the trainee is told who stopped the scene; resumed, the notice goes.
    await monitor.getByRole('button', { name: 'Metti in pausa' }).click();
    const notice = trainee.getByRole('status').filter({ hasText: 'ha messo in pausa la chiamata' });
    await visible(notice);
    expect(await notice.innerText()).toContain('Prof.ssa Rosa Iovino (docente)');
    await axeClean(trainee, 'the trainee console while paused');
    await monitor.getByRole('button', { name: 'Riprendi la chiamata' }).click();
    await notice.waitFor({ state: 'detached', timeout: 10_000 });

    // Ended by the instructor, after a confirmation: the trainee's call is over.
    await monitor.getByRole('button', { name: 'Chiudi la chiamata' }).click();
    await monitor.getByRole('button', { name: 'Sì' }).click();
    await visible(monitor.getByText('Chiamata conclusa'));
  }, 120_000);
});
