import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';

const floor = consoleLabPerFile();

describe('who watched a call', () => {
  it("shows the assessor who monitored and mirrored the call from the instructor's monitor, and who whispered", async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    if (!launched.ok) throw new Error('the call should ring');
    const sessionId = launched.data.sessionIds[0]!;

    const teacher = (await openAs(floor.browser, floor.lab, ...demo.instructor)).page;
    await teacher.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();
    const mirror = teacher.getByRole('button', { name: 'Mirror' });
    await visible(mirror);
    await mirror.click();
    await expect.poll(() => mirror.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => floor.lab.application.context.audit.records().map((record) => record.act)).toEqual(['monitored', 'mirrored']);
    await instructor.socket.emitWithAck('session:whisper', { sessionId, text: 'Chiedi il codice cliente' });

    const { page } = await openAs(floor.browser, floor.lab, ...demo.assessor);
    await page.getByRole('button', { name: `Apri la sessione di Giulia Conte: ${fibreTitle}` }).click();
    const table = page.getByRole('table', { name: 'Chi ha seguito la chiamata' });
    await visible(table);
    const rows = table.getByRole('row', { name: /Prof\.ssa Rosa Iovino/ });
    await expect.poll(() => rows.count()).toBe(3);
    // The instructor's own rows: the assessor, who opened the call while it was live, has followed it too.
    for (const act of ['Ha seguito la chiamata', 'Ha aperto lo specchio dello schermo', "Ha suggerito all'allievo"])
      await visible(rows.getByRole('cell', { name: act }));
    await axeClean(page, "the assessor's session view with who watched");
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await visible(page.getByRole('table', { name: 'Who watched the call' }).getByRole('cell', { name: 'Opened the screen mirror' }));
    await axeClean(page, "the assessor's session view with who watched, in English");
  }, 120_000);
});
