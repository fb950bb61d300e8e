import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';

const floor = consoleLabPerFile();
/** Every scenario the lab serves: the picker says how many of them it shows. */
const libraryCount = readdirSync('scenarios/library').filter((file) => file.endsWith('.json')).length;

describe("the instructor's scenario picker", () => {
  it('narrows the library by words and facets, says how many it shows, clears, and keeps the pick', async () => {
    const { page } = await openAs(floor.browser, floor.lab, 'docente', 'docente');
    const picker = page.getByRole('search', { name: 'Cerca uno scenario' });
    const count = page.locator('.scenario-picker__count');
    const clear = page.getByRole('button', { name: 'Azzera i filtri' });
    await visible(picker);
    await expect.poll(() => count.innerText()).toMatch(new RegExp(`^${libraryCount} di ${libraryCount}`));
    await expect.poll(() => page.getByRole('radio').count()).toBe(libraryCount);
    expect(await clear.isDisabled()).toBe(true);

    // Words of the title, in any case and without the accent: only the fibre fault call is left.
    await picker.getByRole('searchbox', { name: 'Cerca' }).fill('FIBRA guasto');
    await expect.poll(() => page.getByRole('radio').count()).toBeLessThan(libraryCount);
    await visible(page.getByRole('radio', { name: fibreTitle }));
    expect(await count.innerText()).toMatch(new RegExp(`^\\d+ di ${libraryCount}`));
    await page.getByRole('radio', { name: fibreTitle }).check();

    // A facet that excludes it: the table says nothing matches, and that the pick is hidden, not lost.
    await picker.getByRole('combobox', { name: 'Lingua' }).selectOption({ label: 'Inglese' });
    await visible(page.getByText('Nessuno scenario corrisponde ai filtri.'));
    await visible(page.getByText('lo scenario scelto è nascosto dai filtri'));
    expect(await count.innerText()).toMatch(new RegExp(`^0 di ${libraryCount}`));
    await axeClean(page, 'the scenario picker, filtered to nothing');

    await clear.click();
    await expect.poll(() => page.getByRole('radio').count()).toBe(libraryCount);
    expect(await picker.getByRole('searchbox', { name: 'Cerca' }).inputValue()).toBe('');
    expect(await page.getByRole('radio', { name: fibreTitle }).isChecked()).toBe(true);

    // An ability of the standard keeps only the scenarios that exercise it.
    await picker.getByRole('combobox', { name: 'Abilità' }).selectOption({ index: 1 });
    await expect.poll(() => page.getByRole('radio').count()).toBeLessThan(libraryCount);
    await visible(page.getByRole('radio').first());
  }, 120_000);

  it('marks an exam call "Esame" in the live calls, the roster, the assessor\'s sessions and the trainee\'s contacts', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
      mode: 'exam',
    });
    if (!launched.ok) throw new Error('the exam call should ring');

    const { page } = await openAs(floor.browser, floor.lab, ...demo.instructor);
    const examIn = (table: string) =>
      page
        .getByRole('table', { name: table })
        .getByRole('row', { name: /Giulia Conte/ })
        .getByText('Esame');
    await visible(examIn('Chiamate in corso'));
    await visible(examIn('Allievi della classe'));
    await axeClean(page, 'the instructor console with an exam call');

    const ended = await instructor.socket.emitWithAck('session:intervene', { sessionId: launched.data.sessionIds[0]!, step: 'end' });
    expect(ended).toMatchObject({ ok: true });
    const assessor = (await openAs(floor.browser, floor.lab, ...demo.assessor)).page;
    await visible(
      assessor
        .getByRole('table', { name: 'Sessioni' })
        .getByRole('row', { name: /Giulia Conte/ })
        .getByText('Esame'),
    );
    const learner = (await openAs(floor.browser, floor.lab, ...demo.trainee1)).page;
    await learner.getByRole('tab', { name: 'I miei progressi' }).click();
    await visible(learner.getByRole('table', { name: 'Contatti conclusi' }).getByText('Esame'));
  }, 120_000);
});
