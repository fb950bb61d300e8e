import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, snap, visible } from '../support/browser.js';
import { threeTrainees } from '../support/courseApi.js';
import { demo, login } from '../support/lab.js';

const floor = consoleLabPerFile();
const invoiceTitle = 'Fattura contestata: la Vesuvio TV mai richiesta';

describe('running the course in the console', () => {
  it('an instructor imports three trainees after a preview, each logs in with the one-time password; axe clean', async () => {
    const { page } = await openAs(floor.browser, floor.lab, ...demo.instructor);
    await page.locator('summary', { hasText: 'Gestione del corso' }).click();
    await visible(page.getByRole('region', { name: 'Classi' }));
    await page.getByText('Importa allievi da CSV').click();
    // A file with a bad tax code first: the preview says which row, and nothing is imported.
    const bad = threeTrainees().replace(/(Luca;De Rosa;)[A-Z0-9]{16}/, '$1DRSLCU88C12F839Q');
    await page.getByLabel('Oppure incolla qui il contenuto del file').fill(bad);
    await page.getByRole('button', { name: "Controlla l'anteprima" }).click();
    await visible(page.getByText('1 righe da correggere: nessun allievo è stato importato.'));
    await visible(page.getByRole('cell', { name: 'Codice fiscale non valido.' }));
    await expect(page.getByRole('button', { name: /^Importa \d+ allievi$/ }).count()).resolves.toBe(0);
    await axeClean(page, 'the import preview with errors');

    await page.getByLabel('Oppure incolla qui il contenuto del file').fill(threeTrainees());
    await page.getByRole('button', { name: "Controlla l'anteprima" }).click();
    await visible(page.getByText('Tutte le 3 righe sono corrette: nulla è ancora salvato.'));
    await page.getByRole('button', { name: 'Importa 3 allievi' }).click();
    await visible(page.getByRole('heading', { name: 'Password provvisorie' }));
    const rows = page.locator('.course-passwords tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const [username, password] = [await rows.nth(0).locator('td').nth(0).innerText(), await rows.nth(0).locator('td').nth(1).innerText()];
    expect(username).toBe('anna.esposito');
    await axeClean(page, 'the one-time passwords');
    await snap(page, 'course-passwords');
    await login(floor.lab.baseUrl, username, password);

    await page.getByRole('button', { name: 'Consegnate: chiudi' }).click();
    await page.getByRole('button', { name: /^Apri Operatore call center Inbound/ }).click();
    await visible(page.getByRole('rowheader', { name: 'Chiara Russo' }));
    await axeClean(page, 'the class with its trainees');

    // The register: four hours of lesson for Anna today, then corrected to three (a new record; the old one stays, marked).
    await page.locator('summary', { hasText: 'Registro presenze' }).click();
    const form = page.getByRole('form', { name: 'Registra ore, assenze o crediti' });
    await form.getByLabel('Allievo').selectOption({ label: 'Anna Esposito' });
    await form.getByLabel('Ore', { exact: true }).fill('4');
    await form.getByRole('button', { name: 'Registra', exact: true }).click();
    const annaRow = page.locator('.course-register-grid tbody tr', { hasText: 'Anna Esposito' });
    await expect.poll(() => annaRow.locator('td').first().innerText()).toBe('4');
    await page.getByRole('button', { name: /^Correggi la voce di Anna Esposito del / }).click();
    await form.getByLabel('Ore', { exact: true }).fill('3');
    await form.getByRole('button', { name: 'Registra la correzione' }).click();
    await expect.poll(() => annaRow.locator('td').first().innerText()).toBe('3');
    await visible(page.getByRole('cell', { name: 'corretta' }));
    await expect(page.getByRole('link', { name: 'Scarica il registro (CSV)' }).getAttribute('href')).resolves.toMatch(
      /^\/api\/course\/classes\/aula-a\/register-csv\/\d{4}-\d{2}$/,
    );
    await axeClean(page, 'the register');
    await snap(page, 'course-register');
  }, 120_000);

  it('a UF1 check: the instructor schedules it, a trainee sits the quiz, the assessor signs it off and it is locked', async () => {
    const { page } = await openAs(floor.browser, floor.lab, ...demo.instructor);
    await page.locator('summary', { hasText: 'Gestione del corso' }).click();
    await page.getByRole('button', { name: /^Apri Operatore call center Inbound/ }).click();
    await page.locator('summary', { hasText: 'Verifiche di UF' }).click();
    await page.locator('summary', { hasText: 'Programma una verifica' }).click();
    const form = page.getByRole('form', { name: 'Programma una verifica' });
    // Two calls, in the order ticked: the fibre fault first, then the disputed invoice.
    await form.getByRole('checkbox', { name: fibreTitle }).check();
    await form.getByRole('checkbox', { name: invoiceTitle }).check();
    await visible(form.getByText(`1. ${fibreTitle}; 2. ${invoiceTitle}`, { exact: false }));
    await form.getByRole('button', { name: 'Programma una verifica' }).click();
    await visible(page.getByRole('button', { name: /^Verifica UF1, dal / }));
    await axeClean(page, 'the class’s checks');

    const trainee = (await openAs(floor.browser, floor.lab, ...demo.trainee2)).page;
    await trainee.getByRole('tab', { name: 'Verifiche' }).click();
    await trainee.getByRole('button', { name: 'Inizia la verifica' }).click();
    // The check's calls ring by themselves, in its order: the fibre fault at the start, the invoice when it ends.
    const ringing = trainee.locator('[aria-live="assertive"]');
    for (const callerNumber of ['+39 081 555 0142', '+39 338 555 1561']) {
      await expect.poll(() => ringing.innerText(), { timeout: 15_000 }).toContain(callerNumber);
      await trainee.getByRole('button', { name: 'Rispondi' }).click();
      await trainee.getByRole('button', { name: /^Riaggancia/ }).click();
      await trainee.getByRole('combobox', { name: 'Esito' }).selectOption({ index: 1 });
      await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    }
    await trainee.getByRole('button', { name: 'Torna disponibile' }).click();
    await trainee.getByRole('tab', { name: 'Verifiche' }).click();
    const calls = trainee.getByRole('list').filter({ hasText: 'chiamata conclusa' });
    await expect
      .poll(() => calls.getByRole('listitem').allInnerTexts())
      .toEqual([`1. ${fibreTitle}: chiamata conclusa`, `2. ${invoiceTitle}: chiamata conclusa`]);
    const quiz = trainee.getByRole('form', { name: 'Questionario di conoscenze' });
    const questions = quiz.locator('fieldset');
    await expect.poll(() => questions.count()).toBe(10);
    for (let index = 0; index < 10; index++) await questions.nth(index).getByRole('radio').first().check();
    await axeClean(trainee, 'the trainee’s check');
    await snap(trainee, 'course-check-trainee');
    await trainee.getByRole('button', { name: 'English' }).click();
    await visible(trainee.getByText(/^The calls ring by themselves, one after another in the check's order/));
    await axeClean(trainee, 'the trainee’s check in English');
    await trainee.getByRole('button', { name: 'Italiano' }).click();
    await quiz.getByRole('button', { name: 'Consegna la verifica' }).click();
    await visible(trainee.getByText(/^Verifica consegnata il /));

    const assessor = (await openAs(floor.browser, floor.lab, ...demo.assessor)).page;
    await assessor.locator('summary', { hasText: 'Verifiche di UF' }).click();
    await assessor.getByLabel(/^Classe(?! del registro)/).selectOption('aula-a');
    await assessor.getByRole('button', { name: /^Verifica UF1, dal / }).click();
    const sitting = assessor.getByRole('region', { name: 'Marco Sorrentino' });
    await visible(sitting.getByText(/^Iniziata il /));
    await sitting.getByRole('radio', { name: 'Superata', exact: true }).check();
    await sitting.getByRole('button', { name: "Firma l'esito di Marco Sorrentino" }).click();
    await visible(sitting.getByText(/^Superata — firmato da Dott\. Enzo Palumbo/));
    // Signed is locked: what is offered now is a correction, a new signed record.
    await visible(sitting.getByText("Rettifica dell'esito per Marco Sorrentino (un nuovo record firmato)"));
    await axeClean(assessor, 'the check report with its signature');
    await snap(assessor, 'course-check-report');

    // The admission list: Marco passed UF1 but has neither his hours nor a UF2 check yet.
    await page.reload();
    await page.locator('summary', { hasText: 'Gestione del corso' }).click();
    await page.getByRole('button', { name: /^Apri Operatore call center Inbound/ }).click();
    await page.locator('summary', { hasText: "Ammissione all'esame finale" }).click();
    const marco = page.getByRole('table', { name: /^Ammissione all'esame finale/ }).getByRole('row', { name: /^Marco Sorrentino/ });
    await visible(marco.getByText('Non ammesso'));
    await expect(marco.getByRole('cell').last().innerText()).resolves.toBe('frequenza sotto la soglia; verifica UF2 non superata');
    await expect(marco.getByRole('cell').nth(1).innerText()).resolves.toBe('superata');
    await axeClean(page, 'the admission list');
    await snap(page, 'course-admission');
  }, 120_000);

  it('an administrator creates a class and gives a trainee a new password, in English', async () => {
    const { page } = await openAs(floor.browser, floor.lab, ...demo.admin, 'en-GB');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Course' }).click();
    await visible(page.getByRole('heading', { name: 'Running the course' }));
    await page.locator('summary', { hasText: 'New class' }).click();
    const form = page.getByRole('form', { name: 'New class' });
    await form.getByLabel('Class name').fill('Evening class');
    await form.getByLabel('Course code').fill('CAMP-2026-021');
    await form.getByLabel('Start date').fill('2026-09-14');
    await form.getByRole('checkbox', { name: 'Prof.ssa Rosa Iovino' }).check();
    await form.getByRole('button', { name: 'Create the class' }).click();
    await visible(page.getByRole('heading', { name: 'Evening class' }));
    await visible(page.getByRole('rowheader', { name: 'Evening class' }));
    await visible(page.getByRole('cell', { name: /September 14, 2026|14 September 2026/ }));

    await page.getByRole('button', { name: /^Open Operatore call center Inbound/ }).click();
    await page.getByRole('button', { name: 'New password for Giulia Conte' }).click();
    await visible(page.getByRole('heading', { name: 'One-time passwords' }));
    const password = await page.locator('.course-passwords tbody tr td').nth(1).innerText();
    await login(floor.lab.baseUrl, 'allievo1', password);
    await axeClean(page, 'the administrator’s course screen in English');
    await page.getByRole('button', { name: 'Deactivate Marco Sorrentino' }).click();
    await page.getByRole('button', { name: 'Confirm: deactivate Marco Sorrentino' }).click();
    await visible(page.getByRole('row', { name: /Marco Sorrentino.*deactivated/ }));
    await snap(page, 'course-admin-en');
  }, 120_000);
});
