import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { seedFirstAdmin } from '../../server/seed.js';
import { axeClean, builtClient, closePages, launchChromium, snap, visible } from '../support/browser.js';
import { labPerFile, startLab, stopLab, type RunningLab } from '../support/lab.js';

const demoFloor = labPerFile({ staticDir: path.resolve(builtClient) });
let lab: RunningLab;
let adminPassword = '';
let browser: Browser;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'lab-first-admin-'));
  adminPassword = (await seedFirstAdmin(await openDocumentStore(path.join(dir, 'lab.json'))))!;
  lab = await startLab({ staticDir: path.resolve(builtClient), demo: false }, dir);
  browser = await launchChromium();
});
afterAll(async () => {
  if (browser) await closePages(browser);
  await browser?.close();
  if (lab) await stopLab(lab);
});

async function logIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(baseUrl);
  await page.getByLabel('Nome utente').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
}

async function choose(page: Page, current: string, next: string) {
  await page.getByLabel('Password attuale').fill(current);
  await page.getByLabel('Nuova password', { exact: true }).fill(next);
  await page.getByLabel('Ripeti la nuova password').fill(next);
  await page.getByRole('button', { name: 'Salva la nuova password' }).click();
}

describe('passwords in the console', () => {
  it('makes the first administrator choose a password that passes the policy before anything else', async () => {
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await page.goto(lab.baseUrl);
    await visible(page.getByRole('heading', { name: 'Accedi al laboratorio' }));
    expect(await page.getByText(/Modalità demo/).count()).toBe(0);
    await logIn(page, lab.baseUrl, 'admin', adminPassword);
    await visible(page.getByRole('heading', { name: 'Cambia la password' }));
    await visible(page.getByText('Prima di continuare scegli una nuova password'));
    await axeClean(page, 'the password change screen');
    await choose(page, adminPassword, 'password123');
    await visible(page.getByText('Questa password è tra le più comuni'));
    await choose(page, adminPassword, 'admin-della-scuola');
    await visible(page.getByText('non può contenere il tuo nome utente'));
    await choose(page, adminPassword, 'Centralino-Vesuvio-7');
    await visible(page.getByRole('button', { name: 'Cambia password' }));
    await snap(page, 'password-changed');
    expect(await page.getByRole('heading', { name: 'Cambia la password' }).count()).toBe(0);
    // The lab behind the console took it: the new password logs in, the one-time one no longer does.
    const relogin = await fetch(`${lab.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Centralino-Vesuvio-7' }),
    });
    expect(relogin.status).toBe(200);
  });

  it('says on the login page when the lab runs in demo mode, and offers every user a password change', async () => {
    const page = await (await browser.newContext({ locale: 'it-IT' })).newPage();
    await page.goto(demoFloor.lab.baseUrl);
    await visible(page.getByText(/Modalità demo: gli account dimostrativi hanno password note a tutti/));
    await logIn(page, demoFloor.lab.baseUrl, 'allievo4', 'allievo');
    await page.getByRole('button', { name: 'Cambia password' }).click();
    await visible(page.getByRole('heading', { name: 'Cambia la password' }));
    expect(await page.getByText('Prima di continuare').count()).toBe(0);
    await page.getByRole('button', { name: 'Annulla' }).click();
    await visible(page.getByRole('button', { name: 'Cambia password' }));
  });
});
