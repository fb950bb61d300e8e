import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labPerFile, startLab, type LabClient, type RunningLab } from './lab.js';
import { within } from './within.js';
import type { ApplicationOptions } from '../../server/app.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const builtClient = fileURLToPath(new URL('../../dist/client/', import.meta.url));

interface BrowserErrors {
  seen: string[];
  /** Errors the running test's own scenario causes on purpose (a refused request it provokes). */
  expected: RegExp[];
}
const errorsOf = new WeakMap<Browser, BrowserErrors>();

/**
 * Debian's Chromium, headless, without the background traffic a closed network  refuses (extraArgs add flags: a host mapping). Every page it
 * opens has its console errors and uncaught exceptions recorded: a page's normal path logs none.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      ...extraArgs,
    ],
  });
  const errors: BrowserErrors = { seen: [], expected: [] };
  errorsOf.set(browser, errors);
  browser.on('context', (context) => {
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      errors.seen.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    context.on('weberror', (error) => errors.seen.push(`page error: ${error.error().message}`));
  });
  return browser;
}

/** Declares an error the running test provokes on purpose; it is forgotten at the end of the test. */
export function expectBrowserError(browser: Browser, pattern: RegExp): void {
  errorsOf.get(browser)?.expected.push(pattern);
}

/** Fails when a page logged a console error or threw, other than the ones the test declared; then starts afresh. */
export function expectNoBrowserErrors(browser: Browser): void {
  const errors = errorsOf.get(browser);
  if (!errors) return;
  const unexpected = errors.seen.filter((text) => !errors.expected.some((pattern) => pattern.test(text)));
  errors.seen = [];
  errors.expected = [];
  expect(unexpected, 'console errors and uncaught exceptions in the browser').toEqual([]);
}

/** The real lab serving the built console, on a free port, with data on disk. */
export function startLabWithConsole(overrides: Partial<ApplicationOptions> = {}): Promise<RunningLab> {
  return startLab({ staticDir: path.resolve(builtClient), ...overrides });
}

/**
 * The file's lab (labPerFile, serving the console) and one Chromium for the whole file. The browser
 * closes before the lab stops (after-hooks run in reverse order). The getter throws if read before
 * `beforeAll` has run, instead of handing out an undefined browser.
 */
export function consoleLabPerFile(overrides: Partial<ApplicationOptions> = {}): {
  readonly lab: RunningLab;
  readonly browser: Browser;
  sockets: LabClient[];
} {
  const floor = labPerFile({ staticDir: path.resolve(builtClient), ...overrides });
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  // Each test's pages close with it: pages left open keep their sockets, timers and renderers busy
  // under the next tests, on a CI machine with two cores.
  afterEach(async () => {
    if (!browser) return;
    try {
      expectNoBrowserErrors(browser);
    } finally {
      await closePages(browser);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get lab() {
      return floor.lab;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts before the file’s tests.');
      return browser;
    },
    sockets: floor.sockets,
  };
}

/** Closes every page open in the browser, so their sockets leave the lab before it stops. */
export async function closePages(browser: Browser): Promise<void> {
  await within(30_000, 'closing the pages', Promise.all(browser.contexts().map((context) => context.close())));
}

/** Screenshots for a person to look at, when SCREENSHOT_DIR names a folder. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export async function openAs(
  browser: Browser,
  lab: RunningLab,
  username: string,
  password: string,
  locale = 'it-IT',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${username}] page error:`, error.message));
  await page.goto(lab.baseUrl);
  await page.getByLabel(/nome utente|username/i).fill(username);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /accedi|log in/i }).click();
  return { context, page };
}

/** axe violations that matter: serious and critical ones. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await within(60_000, 'the axe analysis', new AxeBuilder({ page }).analyze());
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** The scenario most browser tests launch: the fibre fault call. */
export const fibreTitle = 'Fibra assente: guasto da inoltrare al 2° livello';

/** Waits for what a user would see, with the patience a loaded CI machine needs. */
export async function visible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 10_000 });
}

export async function axeClean(page: Page, where: string): Promise<void> {
  expect(await seriousAxeViolations(page), where).toEqual([]);
}

/**
 * The fibre call's identification, as the trainee does it in the console: Maria Esposito found by
 * her customer code, her record opened, the three details she gave ticked and confirmed.
 */
export async function verifyMariaEsposito(trainee: Page): Promise<void> {
  await trainee.getByRole('textbox', { name: 'Cerca cliente' }).fill('VT-100231');
  await trainee.getByRole('button', { name: 'Cerca', exact: true }).click();
  await trainee.getByRole('button', { name: 'Apri scheda di Maria Esposito (VT-100231)' }).click();
  for (const check of ['Nome e cognome', 'Codice cliente', 'Codice fiscale']) await trainee.getByRole('checkbox', { name: check }).check();
  await trainee.getByRole('button', { name: 'Conferma identità' }).click();
}

/** The fibre call's fault ticket as the scenario expects it (line fault, high priority), waiting for the caller's next line. */
export async function openFibreFaultTicket(trainee: Page): Promise<void> {
  // Said first, as a good agent does: the caller cannot see the console, it hears of the ticket from the trainee.
  await trainee
    .getByRole('textbox', { name: 'Risposta' })
    .fill('Capisco, la spia rossa indica un guasto sulla linea. Apro subito una segnalazione.');
  await trainee.getByRole('button', { name: 'Invia', exact: true }).click();
  await visible(trainee.getByText('Apro subito una segnalazione').first());
  await trainee.getByRole('combobox', { name: 'Categoria' }).selectOption('line-fault');
  await trainee.getByRole('combobox', { name: 'Priorità' }).selectOption('high');
  await trainee.getByRole('textbox', { name: 'Oggetto' }).fill('Fibra assente da ieri sera');
  await trainee.getByRole('textbox', { name: 'Descrizione' }).fill('Spia Internet rossa fissa, modem già riavviato due volte.');
  await trainee.getByRole('button', { name: 'Crea ticket' }).click();
  await visible(trainee.getByText('E adesso cosa succede?').first());
}

/** Escalates the open ticket to the second-level technicians, waiting for the caller's answer. */
export async function escalateToSecondLevel(trainee: Page): Promise<void> {
  await trainee.getByRole('combobox', { name: 'Reparto' }).selectOption('tech-l2');
  await trainee.getByRole('textbox', { name: 'Nota di inoltro' }).fill('Verifica in centrale: cliente in smart working.');
  await trainee.getByRole('button', { name: 'Inoltra ticket' }).click();
  // Escalated in silence, the caller asks nothing: the ticket shows where it went.
  await visible(trainee.getByText('Inoltrato a:').first());
}
