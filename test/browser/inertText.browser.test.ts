import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { seedDemoData } from '../../server/seed.js';
import { builtClient, expectNoBrowserErrors, launchChromium, openAs } from '../support/browser.js';
import { actionId, connectAs, login, startLab, type LabClient, type RunningLab } from '../support/lab.js';

const payload = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
let lab: RunningLab;
let browser: Browser;
let trainee: LabClient;
let sessionId = '';

/** A trainee whose very name is a script payload, as a careless CSV import could create. */
async function dataWithHostileName(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lab-xss-'));
  const documents = await openDocumentStore(path.join(dir, 'lab.json'));
  await seedDemoData(documents);
  await documents.update((data) => {
    const allievo3 = data.users.find((user) => user.username === 'allievo3')!;
    allievo3.displayName = `Eve ${payload}`;
  });
  return dir;
}

beforeAll(async () => {
  lab = await startLab({ staticDir: path.resolve(builtClient) }, await dataWithHostileName());
  browser = await launchChromium();
  trainee = await connectAs(lab.baseUrl, await login(lab.baseUrl, 'allievo3', 'allievo'));
  const instructor = await connectAs(lab.baseUrl, await login(lab.baseUrl, 'docente', 'docente'));
  const launched = await instructor.emitWithAck('session:launch', { scenarioId: 'helpdesk-fibra-guasto', traineeIds: ['u-allievo3'] });
  sessionId = launched.ok ? launched.data.sessionIds[0]! : '';
  instructor.disconnect();
  const act = (action: object) => trainee.emitWithAck('session:act', { sessionId, actionId: actionId(), action } as never);
  await trainee.emitWithAck('session:join', { sessionId, sinceSeq: 0 });
  for (const action of [
    { type: 'call.answer' },
    { type: 'reply', text: `Vesuvio Telecom, sono ${payload}` },
    { type: 'customer.search', query: payload.slice(0, 100) },
    { type: 'ticket.create', customerId: 'C0001', category: 'line-fault', priority: 'high', subject: payload, description: payload },
    { type: 'ticket.escalate', ticketId: 'TK-1', department: 'tech-l2', note: payload },
    { type: 'email.send', to: 'maria.esposito@example.invalid', subject: payload, body: payload, template: null },
    { type: 'message.deliver', recipient: 'tech-l2', callerName: payload, callerNumber: '081 555 0142', text: payload, urgency: 'urgent' },
  ]) {
    expect(await act(action), JSON.stringify(action)).toMatchObject({ ok: true });
  }
});
afterEach(() => {
  if (browser) expectNoBrowserErrors(browser);
});
afterAll(async () => {
  trainee?.disconnect();
  await browser?.close();
  await lab?.stop();
});

/** Nothing of the payload became markup or ran: no injected image or inline script, no flag set, no dialog. */
async function expectInert(page: Page, where: string) {
  await page.waitForTimeout(300);
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__pwned')).length,
  }));
  expect(injected, where).toEqual({ pwned: null, images: 0, inlineScripts: 0 });
}

describe('stored text with HTML and script payloads', () => {
  it('is shown as plain text, inert, in the trainee console, the instructor’s views and the replay', async () => {
    const dialogs: string[] = [];
    const watch = (page: Page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });

    const traineePage = (await openAs(browser, lab, 'allievo3', 'allievo')).page;
    watch(traineePage);
    await traineePage.getByText(payload).first().waitFor({ timeout: 10_000 });
    await expectInert(traineePage, 'agent console');

    const instructorPage = (await openAs(browser, lab, 'docente', 'docente')).page;
    watch(instructorPage);
    await instructorPage.getByText(`Eve ${payload}`).first().waitFor({ timeout: 10_000 });
    await instructorPage.getByRole('button', { name: /^Segui la chiamata in corso di Eve/ }).click();
    await instructorPage.getByText(`Vesuvio Telecom, sono ${payload}`).first().waitFor({ timeout: 10_000 });
    await expectInert(instructorPage, 'instructor monitor');
    await instructorPage.getByRole('button', { name: 'Mirror' }).click();
    await expectInert(instructorPage, 'instructor mirror');

    const assessorPage = (await openAs(browser, lab, 'valutatore', 'valutatore')).page;
    watch(assessorPage);
    await assessorPage.getByRole('button', { name: /^Apri la sessione di Eve/ }).click();
    await assessorPage.getByRole('slider', { name: 'Posizione nella sessione' }).waitFor({ timeout: 10_000 });
    await assessorPage.getByRole('slider', { name: 'Posizione nella sessione' }).press('End');
    await expectInert(assessorPage, 'assessor replay');

    expect(dialogs).toEqual([]);
  }, 90_000);
});
