import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtClient, launchChromium, visible } from '../support/browser.js';
import { labPerFile } from '../support/lab.js';
import path from 'node:path';

/** A school's server reached by its own name over plain HTTP: not localhost, so the browser trusts nothing by default. */
const hostName = 'lab.school.test';
const floor = labPerFile({ staticDir: path.resolve(builtClient) });
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium([`--host-resolver-rules=MAP ${hostName} 127.0.0.1`]);
});
afterAll(async () => {
  await browser?.close();
});

describe('the console over plain HTTP on a host name', () => {
  it('renders its login page and signs in', async () => {
    const port = new URL(floor.lab.baseUrl).port;
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(`http://${hostName}:${port}/`);
    await visible(page.getByRole('heading', { name: 'Accedi al laboratorio' }));
    await page.getByLabel('Nome utente').fill('docente');
    await page.getByLabel('Password').fill('docente');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await visible(page.getByText('Prof.ssa Rosa Iovino'));
    expect(failed).toEqual([]);
    await context.close();
  });
});
