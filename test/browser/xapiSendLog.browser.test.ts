import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeClean, consoleLabPerFile, openAs, snap, visible } from '../support/browser.js';
import { connectDemo, demo } from '../support/lab.js';
import { startLrsStandIn } from '../support/lrsStandIn.js';
import { playFibreCall, postJson } from '../support/reviewApi.js';

const floor = consoleLabPerFile({ xapiTiming: { tickMs: 50, backoffMs: () => 60_000, maxAttempts: 3, requestTimeoutMs: 2_000 } });
let lrs: Awaited<ReturnType<typeof startLrsStandIn>>;
beforeAll(async () => {
  lrs = await startLrsStandIn();
});
afterAll(() => lrs.close());

describe('the admin’s xAPI section', () => {
  it('sets the LRS link, never shows the secret back, shows a refused send and resends it', async () => {
    const { lab } = floor;
    const instructor = await connectDemo(lab, 'instructor');
    const trainee = await connectDemo(lab, 'trainee1');
    const assessor = await connectDemo(lab, 'assessor');
    floor.sockets.push(instructor.socket, trainee.socket, assessor.socket);
    const sessionId = await playFibreCall(lab, instructor.socket, trainee.socket);
    const itemId = lab.application.context.registry.scenarioOf(lab.application.context.registry.record(sessionId)!)!.rubric[0]!.id;
    await postJson(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/verdicts`,
      { itemId, verdict: 'met', reason: 'Confermato.' },
      assessor.cookie,
    );
    expect(await assessor.socket.emitWithAck('session:release', { sessionId })).toMatchObject({ ok: true });
    lrs.answer('badRequest');

    const { page } = await openAs(floor.browser, lab, ...demo.admin);
    await page.getByRole('tab', { name: 'Stato del laboratorio' }).click();
    await visible(page.getByRole('heading', { name: 'Invio dei risultati xAPI al registro (LRS)' }));
    await visible(page.getByText('Nessun segreto impostato.'));
    await visible(page.getByText('1 sessione pubblicata non è ancora nel registro.'));
    await page.getByLabel('Indirizzo xAPI del registro (LRS)').fill(lrs.endpoint);
    await page.getByLabel('Chiave', { exact: true }).fill('lab-key');
    await page.getByLabel('Segreto', { exact: true }).fill('s3cret-of-the-lrs');
    await page.getByRole('button', { name: 'Salva il collegamento' }).click();
    await visible(page.getByText('Il segreto è impostato (non viene mai mostrato).'));
    expect(await page.getByLabel('Segreto', { exact: true }).inputValue()).toBe('');

    // The LRS refuses the statements: the log says so, with its answer, and offers a resend.
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Aggiorna il registro degli invii' }).click();
        return page.getByRole('cell', { name: 'Non riuscito (400)' }).count();
      })
      .toBe(1);
    await visible(page.getByRole('cell', { name: /Statement rejected/ }));
    await axeClean(page, 'the xAPI section');
    await snap(page, 'xapi-send-log');
    expect(await page.content()).not.toContain('s3cret');

    lrs.answer('accept');
    await page.getByRole('button', { name: 'Reinvia', exact: true }).click();
    await visible(page.getByRole('cell', { name: 'Inviato', exact: true }));
    await visible(page.getByText('0 sessioni pubblicate non sono ancora nel registro.'));
    expect(lrs.received).toHaveLength(2);

    // A review changing the sent result: the lab sends a correction, and the log says so.
    await postJson(
      lab.baseUrl,
      `/api/sessions/${sessionId}/review/verdicts`,
      { itemId, verdict: 'missed', reason: 'Riascoltata: il nome dell’azienda manca.' },
      assessor.cookie,
    );
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Aggiorna il registro degli invii' }).click();
        return page.getByRole('cell', { name: /^Correzione dopo una revisione \(dichiarazioni annullate: 1\)\./ }).count();
      })
      .toBe(1);
    expect(lrs.received).toHaveLength(3);
  });
});
