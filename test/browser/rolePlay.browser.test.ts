import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';

const floor = consoleLabPerFile();
const instructorName = 'Prof.ssa Rosa Iovino';

describe('the instructor playing the caller', () => {
  it('whispers, takes over (the trainee hears the typed line as the caller’s), injects, pauses and hands back, axe clean in Italian and English', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Giulia Conte' }).click();
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();
    const monitor = instructor.getByRole('region', { name: /^Monitoraggio: Giulia Conte/ });
    const transcript = trainee.getByRole('region', { name: 'Trascrizione' });

    await monitor.getByRole('textbox', { name: 'Suggerisci a Giulia Conte' }).fill('Lascia parlare il cliente');
    await monitor.getByRole('button', { name: 'Invia la nota' }).click();
    await visible(transcript.locator('.utterance--instructor').getByText('Lascia parlare il cliente'));

    // Taken over: the instructor types the caller's line in the mood picked; the trainee hears a caller, nothing more.
    await monitor.getByRole('button', { name: 'Prendi il posto del cliente' }).click();
    await visible(monitor.getByRole('heading', { name: `${instructorName} (docente) interpreta il cliente` }));
    const line = 'Mi scusi, ma ho anche una bolletta sbagliata da sistemare.';
    await monitor.getByRole('textbox', { name: 'Battuta del cliente' }).fill(line);
    await monitor.getByRole('combobox', { name: 'Umore del cliente' }).selectOption({ label: '-2 arrabbiato' });
    await monitor.getByRole('button', { name: "Di' come cliente" }).click();
    await visible(monitor.getByRole('status').getByText('Battuta detta al cliente.'));
    const heard = transcript.locator('.utterance--caller').filter({ hasText: line });
    await visible(heard);
    expect(await heard.innerText()).not.toMatch(/docente|interpretato/i);
    expect(await transcript.innerText()).not.toContain('prende il posto del cliente');
    // The monitor says who played it, and when the take-over came.
    await visible(monitor.locator('.utterance--played').getByText(`Cliente · interpretato da ${instructorName} (docente)`));
    await visible(
      monitor.locator('.utterance--coach').getByText(`${instructorName} (docente) prende il posto del cliente: il copione si ferma.`),
    );
    await visible(monitor.getByText('-2 arrabbiato', { exact: false }).first());
    await axeClean(instructor, 'the monitor playing the caller');
    await axeClean(trainee, 'the trainee console hearing the instructor as the caller');

    // A twist while playing: the caller still reacts in its own words.
    await monitor
      .getByRole('combobox', { name: 'Imprevisto da inserire nella chiamata' })
      .selectOption({ label: 'Il cliente si arrabbia di più' });
    await monitor.getByRole('button', { name: "Inserisci l'imprevisto" }).click();
    await visible(monitor.getByRole('status').getByText('Imprevisto inserito: Il cliente si arrabbia di più.'));

    // Paused while the trainee plays: the trainee is told, and the caller cannot speak until it resumes.
    await monitor.getByRole('button', { name: 'Metti in pausa' }).click();
    const notice = trainee.getByRole('status').filter({ hasText: 'ha messo in pausa la chiamata' });
    await visible(notice);
    await visible(monitor.getByText('Il cliente parla solo a chiamata risposta, non in attesa né in pausa.'));
    await axeClean(trainee, 'the trainee console paused during a take-over');
    await monitor.getByRole('button', { name: 'Riprendi la chiamata' }).click();
    await notice.waitFor({ state: 'detached', timeout: 10_000 });

    // In English, the hand-back names the script's states in words; the script goes on from the one picked.
    await instructor.getByRole('button', { name: 'English', exact: true }).click();
    const englishMonitor = instructor.getByRole('region', { name: /^Monitor: Giulia Conte/ });
    await visible(englishMonitor.getByRole('heading', { name: `${instructorName} (instructor) is playing the caller` }));
    await axeClean(instructor, 'the monitor playing the caller, in English');
    await englishMonitor.getByRole('combobox', { name: 'Hand back to the script at' }).selectOption({ label: 'Saying goodbye' });
    await englishMonitor.getByRole('button', { name: 'Hand the caller back to the script' }).click();
    await visible(englishMonitor.getByRole('status').getByText('The script goes on.'));
    await visible(
      englishMonitor
        .locator('.utterance--coach')
        .getByText(`${instructorName} (instructor) hands the caller back to the script, at: Saying goodbye.`),
    );
    await visible(englishMonitor.getByRole('button', { name: 'Take over the caller' }));
    await trainee.getByRole('button', { name: 'English', exact: true }).click();
    await axeClean(trainee, 'the trainee console after the hand-back, in English');
    await axeClean(instructor, 'the monitor after the hand-back, in English');

    // Handed back at "Saying goodbye", the scripted caller, left in silence, says goodbye and hangs up on its own.
    await expect
      .poll(() => [...floor.lab.application.context.registry.liveSessions()].map((session) => session.core.view.hungUpBy), {
        timeout: 40_000,
      })
      .toContain('caller');

    // The replay shows the take-over, the played line and the hand-back at their moments, with who.
    const assessor = (await openAs(floor.browser, floor.lab, 'valutatore', 'valutatore')).page;
    await assessor
      .getByRole('button', { name: `Apri la sessione di Giulia Conte: ${fibreTitle}` })
      .first()
      .click();
    const slider = assessor.getByRole('slider', { name: 'Posizione nella sessione' });
    await slider.waitFor({ timeout: 10_000 });
    await slider.press('End');
    const replay = assessor.locator('.transcript');
    await visible(
      replay
        .locator('.utterance--coach')
        .getByText(`${instructorName} (docente) prende il posto del cliente: il copione si ferma.`)
        .first(),
    );
    await visible(
      replay
        .locator('.utterance--played')
        .filter({ hasText: line })
        .getByText(`Cliente · interpretato da ${instructorName} (docente)`)
        .first(),
    );
    await visible(
      replay.locator('.utterance--coach').getByText(`${instructorName} (docente) restituisce il cliente al copione, da: Congedo.`).first(),
    );
    await axeClean(assessor, 'the replay of a call the instructor played');
  }, 180_000);

  it('launches a free role-play already played by the instructor, listed as such in the picker', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('combobox', { name: 'Tipo di contatto' }).selectOption({ label: 'Role-play libero' });
    const title = 'Role-play libero: il docente è il cliente';
    await instructor.getByRole('radio', { name: title }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Marco Sorrentino' }).click();
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Marco Sorrentino' }).click();
    const monitor = instructor.getByRole('region', { name: /^Monitoraggio: Marco Sorrentino/ });
    await visible(monitor.getByRole('heading', { name: `${instructorName} (docente) interpreta il cliente` }));
    await visible(monitor.getByText("Role-play libero: non c'è un copione; interpreti il cliente fino alla fine della chiamata."));
    await monitor.getByRole('textbox', { name: 'Battuta del cliente' }).fill('Buongiorno, sono Fabio Tretola, chiamo per la mia fibra.');
    await monitor.getByRole('button', { name: "Di' come cliente" }).click();
    await visible(
      trainee
        .getByRole('region', { name: 'Trascrizione' })
        .locator('.utterance--caller')
        .getByText('Buongiorno, sono Fabio Tretola, chiamo per la mia fibra.'),
    );
    await axeClean(instructor, 'the monitor of a free role-play');
  }, 120_000);
});
