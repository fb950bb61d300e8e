import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { consoleLabPerFile, fibreTitle, openAs, visible } from '../support/browser.js';

const floor = consoleLabPerFile();
/** The smallest laptop screen the lab is used on. */
const laptop = { width: 1366, height: 768 };

/** Seconds shown by a mm:ss (or h:mm:ss) clock. */
function seconds(text: string | null): number {
  return (text ?? '').split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** Whether the element's box lies wholly inside the window, as a person looking at the screen sees it. */
function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

/** The instructor launches the fibre call to one trainee, who sees it ring. */
async function launchTo(instructor: Page, trainee: Page, traineeName: string): Promise<void> {
  await visible(trainee.getByRole('status').getByText('Disponibile'));
  await instructor.getByRole('radio', { name: fibreTitle }).check();
  await instructor.getByRole('button', { name: `Avvia lo scenario per ${traineeName}` }).click();
  await visible(trainee.getByRole('button', { name: 'Rispondi' }));
}

describe('the call bar and the instructor’s monitor', () => {
  it('opens the monitor where the instructor looks, with one labelled clock for its timer and its action log', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo1', 'allievo')).page;
    await instructor.setViewportSize(laptop);
    await launchTo(instructor, trainee, 'Giulia Conte');

    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Giulia Conte' }).click();
    const heading = instructor.getByRole('heading', { name: /^Monitoraggio: Giulia Conte/ });
    await visible(heading);
    await expect.poll(() => inViewport(heading), { timeout: 10_000 }).toBe(true);
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

    // The call rings a while before the answer: a clock from the answer and one from the launch would differ by that much.
    await trainee.waitForTimeout(4_000);
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await trainee.getByRole('textbox', { name: 'Cerca cliente' }).fill('VT-100231');
    await trainee.getByRole('button', { name: 'Cerca', exact: true }).click();
    const monitor = instructor.getByRole('region', { name: /^Monitoraggio: Giulia Conte/ });
    const log = monitor.getByRole('region', { name: 'Elenco delle azioni' });
    await visible(log.getByText('VT-100231'));
    const clock = monitor.locator('.monitor__facts .call-timer');
    const clockNow = seconds(await clock.locator('time').textContent());
    const lastAction = seconds(await log.locator('.action-log__time').last().textContent());
    expect(Math.abs(clockNow - lastAction), `monitor clock ${clockNow}s, action log ${lastAction}s`).toBeLessThanOrEqual(2);
    // The label says where the clock starts, and the log's heading says the same.
    expect(await clock.textContent()).toMatch(/dall'arrivo della chiamata/i);
    await visible(monitor.getByText(/tempi dall'arrivo della chiamata/i));
  }, 120_000);

  it('keeps the call bar and its hang-up button in view at the bottom of the console, at 1366×768', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await trainee.setViewportSize(laptop);
    await launchTo(instructor, trainee, 'Marco Sorrentino');
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    const hangUp = trainee.getByRole('button', { name: /^Riaggancia/ });
    await visible(hangUp);

    await trainee.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => trainee.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(await inViewport(hangUp)).toBe(true);
    // Still a usable page: the bar takes a strip of the screen, not the screen.
    const bar = await trainee.locator('.area-phone').boundingBox();
    expect(bar!.height).toBeLessThan(laptop.height / 4);
    await hangUp.click();
    await visible(trainee.getByText('Lavoro post-chiamata').first());
  }, 120_000);

  it('counts the after-call work live from the hang-up', async () => {
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo3', 'allievo')).page;
    await launchTo(instructor, trainee, 'Federica Amato');
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await trainee.getByRole('button', { name: /^Riaggancia/ }).click();
    const wrapUpClock = trainee.locator('.wrapup-timer time');
    await visible(wrapUpClock);
    await expect.poll(async () => seconds(await wrapUpClock.textContent()), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
