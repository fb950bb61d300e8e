import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeClean, consoleLabPerFile, openAs, snap, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';

const floor = consoleLabPerFile();

/** What the page says beside a label of its facts list. */
const fact = (page: Page, label: string) =>
  page.locator('.lab-status__facts dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

describe('the administrator’s lab status page', () => {
  it('shows the version, the live calls, the users connected and the disk, in Italian, and passes axe', async () => {
    const instructor = await connectDemo(floor.lab, 'instructor');
    const trainee = await connectDemo(floor.lab, 'trainee1');
    floor.sockets.push(instructor.socket, trainee.socket);
    const launched = await instructor.socket.emitWithAck('session:launch', {
      scenarioId: 'helpdesk-fibra-guasto',
      traineeIds: ['u-allievo1'],
    });
    expect(launched).toMatchObject({ ok: true });

    const { page } = await openAs(floor.browser, floor.lab, ...demo.admin);
    await page.getByRole('tab', { name: 'Stato del laboratorio' }).click();
    await visible(page.getByRole('heading', { name: 'Stato del laboratorio' }));
    await visible(fact(page, 'Versione'));

    expect(await fact(page, 'Versione').innerText()).toBe('0.1.0');
    expect(await fact(page, 'Chiamate in corso').innerText()).toBe('1');
    // The instructor's and the trainee's sockets, and the administrator's own page.
    expect(await fact(page, 'Utenti collegati').innerText()).toBe('3');
    expect(await fact(page, 'In funzione da').innerText()).toMatch(/minut/);
    expect(await fact(page, 'Spazio su disco').innerText()).toMatch(/^[\d.,]+ [KMGT]?B liberi su [\d.,]+ [KMGT]?B$/);
    await visible(page.getByText('Nessuna sessione danneggiata.'));
    await axeClean(page, 'the lab status page');
    await snap(page, 'lab-status');

    // The call ends: a refresh shows no call live.
    const cancelled = await instructor.socket.emitWithAck('session:cancel', { sessionId: launched.ok ? launched.data.sessionIds[0]! : '' });
    expect(cancelled).toMatchObject({ ok: true });
    await page.getByRole('button', { name: 'Aggiorna', exact: true }).click();
    await expect.poll(() => fact(page, 'Chiamate in corso').innerText()).toBe('0');
  });
});
