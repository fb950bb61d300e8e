import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, openAs, snap, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';
import { playFibreCall } from '../support/reviewApi.js';

const floor = consoleLabPerFile();

describe('the competency record in the console', () => {
  it('an assessor opens the sessions behind a cell of the matrix; the instructor sets KPI targets and sees them met or not', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const sessionId = await playFibreCall(floor.lab, instructor.socket, trainee.socket);

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    const matrix = page.getByRole('table', { name: /livello per abilità \(Tutte\)$/ });
    await visible(matrix);
    await matrix
      .getByRole('button', { name: /^Giulia Conte, UF\d\.A\d: \d+% su 1 sessioni$/ })
      .first()
      .click();
    const behind = page.getByRole('region', { name: /^Sessioni di Giulia Conte per UF\d\.A\d$/ });
    await visible(behind.getByText(/Assegnata dal docente · 100% · punteggio automatico/));
    // Another trainee's empty cell opens nothing.
    expect(await matrix.getByRole('button', { name: 'Marco Sorrentino, UF1.A1: — su 0 sessioni' }).isDisabled()).toBe(true);
    // The trainee over time: the chart is named for screen readers and its figures are in a table too.
    await matrix.getByRole('button', { name: 'Andamento di Giulia Conte' }).click();
    await visible(page.getByRole('img', { name: 'Andamento di Giulia Conte: percentuale finale di 1 sessioni nel tempo' }));
    const overTime = page.getByRole('table', { name: 'Sessioni di Giulia Conte nel tempo' });
    await visible(overTime.getByRole('row').filter({ hasText: 'Assegnata dal docente' }).filter({ hasText: '100%' }));
    expect(await page.locator('.competency-progress circle').count()).toBe(1);
    await axeClean(page, 'the competency record');
    await behind.getByRole('button', { name: /helpdesk-fibra-guasto$/ }).click();
    await visible(page.getByRole('heading', { name: 'Revisione del valutatore' }));
    expect(new URL(page.url()).searchParams.get('session')).toBe(sessionId);
    // Exams only: the assigned call leaves the matrix empty.
    await page.getByRole('combobox', { name: 'Modalità' }).last().selectOption('exam');
    await visible(page.getByRole('table', { name: /livello per abilità \(Esame\)$/ }));
    expect(await page.getByRole('button', { name: /^Giulia Conte, .* su 1 sessioni$/ }).count()).toBe(0);
    await snap(page, 'competency-record');

    const teacher = (await openAs(floor.browser, floor.lab, ...demo.instructor)).page;
    const kpis = teacher.getByRole('region', { name: 'Indicatori del call center' });
    await visible(kpis.getByText('Nessun obiettivo fissato per la classe.'));
    await kpis.getByRole('spinbutton', { name: 'Gestione entro (secondi)' }).fill('0');
    await kpis.getByRole('spinbutton', { name: 'Risolte al primo contatto, almeno (%)' }).fill('0');
    await kpis.getByRole('button', { name: 'Salva gli obiettivi' }).click();
    await visible(kpis.getByText(/^Obiettivi fissati il /));
    const giulia = kpis.getByRole('row').filter({ hasText: 'Giulia Conte' });
    await visible(giulia.getByText('non raggiunto'));
    await visible(giulia.getByText('raggiunto', { exact: true }).first());
    await axeClean(teacher, 'the class KPIs');
    await snap(teacher, 'class-kpis');
  }, 120_000);
});
