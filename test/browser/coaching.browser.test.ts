import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';

const floor = consoleLabPerFile();

describe('the instructor inside the call', () => {
  it('whispers, pauses, resumes, injects a twist and ends from the monitor, and the trainee sees each where they look', async () => {
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

    // A twist: the caller loses patience, in its own words; the trainee hears the caller, not the director.
    await monitor
      .getByRole('combobox', { name: 'Imprevisto da inserire nella chiamata' })
      .selectOption({ label: 'Il cliente si arrabbia di più' });
    await monitor.getByRole('button', { name: "Inserisci l'imprevisto" }).click();
    await visible(monitor.getByRole('status').getByText('Imprevisto inserito: Il cliente si arrabbia di più.'));
    await visible(
      transcript
        .locator('.utterance--caller')
        .getByText(/pazienza|basta/i)
        .first(),
    );

    // Ended by the instructor, after a confirmation: the trainee's call is over.
    await monitor.getByRole('button', { name: 'Chiudi la chiamata' }).click();
    await monitor.getByRole('button', { name: 'Sì' }).click();
    await visible(monitor.getByText('Chiamata conclusa'));
  }, 120_000);

  it('shows the live call on the wall and opens its monitor beside the wall, in view, at 1366×768', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await instructor.setViewportSize({ width: 1366, height: 768 });
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Marco Sorrentino' }).click();
    await instructor.getByRole('button', { name: /^Parete delle chiamate/ }).click();
    const wall = instructor.getByRole('region', { name: 'Parete delle chiamate in corso' });
    const card = wall.getByRole('listitem').filter({ hasText: 'Marco Sorrentino' });
    await visible(card.getByText('Squilla', { exact: true }));
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await visible(card.getByText('In conversazione'));
    await axeClean(instructor, 'the wall of live calls');

    await card.getByRole('button', { name: 'Apri il monitoraggio della chiamata di Marco Sorrentino' }).click();
    const heading = instructor.getByRole('heading', { name: /^Monitoraggio: Marco Sorrentino/ });
    await visible(heading);
    const besideAndInView = await heading.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const wallBox = document.querySelector('.wall')!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.left >= wallBox.right - 1;
    });
    expect(besideAndInView).toBe(true);
    await axeClean(instructor, 'the wall with a monitor beside it');
  }, 120_000);

  it('queues callers for the class from the wall; the distributor rings an available trainee and the rest wait, counted', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo3', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('button', { name: /^Parete delle chiamate/ }).click();
    const form = instructor.getByRole('form', { name: 'Coda delle chiamate' });
    await form.getByRole('listbox', { name: 'Scenari dei chiamanti in coda' }).selectOption({ label: fibreTitle });
    await form.getByRole('spinbutton', { name: 'Chiamanti per scenario' }).fill('2');
    await form.getByRole('button', { name: 'Metti in coda' }).click();
    await visible(form.getByText('2 chiamanti in coda.'));
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    const queue = instructor.getByRole('region', { name: /^Coda di .*Aula A/ });
    await visible(queue.getByText(/In attesa: 1 · in arrivo: 0 · risposte: 0 · abbandonate: 0 su 2/));
    await visible(queue.getByRole('list', { name: /^Chiamanti in attesa in .*Aula A/ }).getByText(fibreTitle, { exact: false }));
    await axeClean(instructor, 'the wall with the class queue');
  }, 120_000);
});
