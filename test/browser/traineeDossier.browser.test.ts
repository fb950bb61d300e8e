import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';
import { playFibreCall } from '../support/reviewApi.js';

const floor = consoleLabPerFile();

describe('the trainee dossier in the console', () => {
  it('an assessor downloads a trainee’s dossier PDF beside their progress, and prints the progress alone', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    await playFibreCall(floor.lab, instructor.socket, trainee.socket);

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    const matrix = page.getByRole('table', { name: /livello per abilità \(Tutte\)$/ });
    await visible(matrix);
    await matrix.getByRole('button', { name: 'Andamento di Giulia Conte' }).click();
    const tools = page.getByRole('region', { name: 'Dossier di Giulia Conte' });
    await visible(tools);
    await axeClean(page, 'the dossier tools');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByRole('link', { name: 'Scarica il dossier (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dossier-allievo1.pdf');
    const bytes = await readFile((await download.path())!);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain(`Giulia Conte`);
    expect(text.replace(/\s+/g, ' ')).toContain(fibreTitle);

    // The print dialog cannot be driven headless: it is stubbed, and the page is read as the printer would.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await tools.getByRole('button', { name: "Stampa l'andamento" }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await matrix.isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Indicatori del call center' }).isVisible()).toBe(false);
    await visible(page.getByRole('table', { name: 'Sessioni di Giulia Conte nel tempo' }));
    await visible(page.getByRole('heading', { name: 'Dossier di Giulia Conte' }));
  }, 120_000);
});
