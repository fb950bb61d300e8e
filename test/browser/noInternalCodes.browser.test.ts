import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { consoleLabPerFile, escalateToSecondLevel, openAs, verifyMariaEsposito, visible, fibreTitle } from '../support/browser.js';

const floor = consoleLabPerFile();
const emailTitle = 'E-mail: copia della fattura e un dubbio sul pagamento';

/** The fibre call's script states: single words the code detector cannot tell from prose, so checked by name. */
const fibreStates = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../../scenarios/library/helpdesk-fibra-guasto.json', import.meta.url), 'utf8')) as {
      script: { states: Record<string, unknown> };
    }
  ).script.states,
);

/** The script state an observer reads, which must be a name and never the state's id. */
async function expectStateNamed(page: Page): Promise<void> {
  const shown = (await page.locator('.script-state dd').first().innerText()).trim();
  expect(fibreStates).not.toContain(shown);
  expect(shown).not.toBe('—');
}

/**
 * Words that look like codes but are the language's own. Kept short on purpose: a code on screen
 * (a category, a department, a script state, an intent) must go through a label, not onto this list.
 */
const ordinaryWords = new Set([
  'e-mail',
  'e-mails',
  'post-chiamata',
  'post-contatto',
  'wi-fi',
  'data-base',
  'lun-ven',
  'lun-sab',
  'lun-dom',
  // English compounds of the scenarios' and the console's prose.
  'call-centre',
  'knowledge-base',
  'customer-area',
  'read-only',
  'after-call',
  'after-contact',
  'call-back',
  'wrap-up',
  'modem-light',
  'delivery-slot',
  // A training method's name in both languages ("role-play libero", "free role-play").
  'role-play',
  // The ADL standard's own name, as the LRS and the issue write it.
  'xapi',
]);

/** The tokens of a text that look like internal codes: camelCase, lower-case kebab-case, key=value, ISO dates. */
function codesIn(text: string): string[] {
  const withoutAddresses = text.replace(/[\w.+-]+@[\w.-]+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
  return withoutAddresses
    .split(/[\s,;:()[\]{}«»“”"‘’'·→/|…]+/u)
    .map((token) => token.replace(/^[.!?-]+|[.!?-]+$/g, ''))
    .filter((token) => token !== '' && !ordinaryWords.has(token.toLowerCase()))
    .filter(
      (token) =>
        /=/.test(token) ||
        /^[a-z]+[A-Z]/.test(token) ||
        /^[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)+$/.test(token) ||
        /^\d{4}-\d{2}-\d{2}/.test(token),
    );
}

/** Everything a person can read on the page now: the rendered text and every option of every list. */
function readable(page: Page): Promise<string> {
  return page.evaluate(() =>
    [document.body.innerText, ...Array.from(document.querySelectorAll('option'), (option) => option.textContent ?? '')].join('\n'),
  );
}

/** Reads the screen in both languages, every tab of it, and notes the codes found; leaves it in Italian. */
async function sweep(page: Page, where: string, found: Map<string, Set<string>>): Promise<void> {
  for (const language of ['English', 'Italiano']) {
    await page.getByRole('button', { name: language, exact: true }).click();
    const texts = [await readable(page)];
    const tabs = page.getByRole('tab');
    for (let index = 0; index < (await tabs.count()); index++) {
      await tabs.nth(index).click();
      texts.push(await readable(page));
    }
    for (const code of codesIn(texts.join('\n'))) {
      const places = found.get(code) ?? new Set<string>();
      places.add(`${where} (${language})`);
      found.set(code, places);
    }
  }
}

async function reply(page: Page, text: string, callerAnswerContains: string) {
  await page.getByRole('textbox', { name: 'Risposta' }).fill(text);
  await page.getByRole('button', { name: 'Invia', exact: true }).click();
  await visible(page.getByText(callerAnswerContains).first());
}

describe('no internal code reaches a person', () => {
  it('finds the code detector strict', () => {
    expect(
      codesIn(
        'Esito escalated-technical (customerId=C0001) askIdentification TK-1 VT-100231 e-mail maria@example.invalid, nata il 1978-08-12',
      ),
    ).toEqual(['escalated-technical', 'customerId=C0001', 'askIdentification', '1978-08-12']);
  });

  it('walks every screen of the three roles in both languages and finds no camelCase, kebab-case, key=value or ISO-date token', async () => {
    const found = new Map<string, Set<string>>();
    const instructor = (await openAs(floor.browser, floor.lab, 'docente', 'docente')).page;
    const trainee = (await openAs(floor.browser, floor.lab, 'allievo3', 'allievo')).page;
    const assessor = (await openAs(floor.browser, floor.lab, 'valutatore', 'valutatore')).page;
    await visible(trainee.getByRole('status').getByText('Disponibile'));
    await sweep(trainee, 'trainee idle', found);
    await sweep(instructor, 'instructor console', found);

    await instructor.getByRole('radio', { name: fibreTitle }).check();
    await instructor.getByRole('combobox', { name: 'Modalità di avvio' }).selectOption('guided');
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Federica Amato' }).click();
    await visible(trainee.getByRole('button', { name: 'Rispondi' }));
    await trainee.getByRole('button', { name: 'Rispondi' }).click();
    await reply(trainee, 'Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?', 'da ieri sera');
    await reply(trainee, 'Mi può dire il suo codice cliente e il codice fiscale?', 'VT-100231');
    await verifyMariaEsposito(trainee);
    await visible(trainee.getByText('Identità verificata').first());

    // A ticket with the wrong priority, so the score explains what it expected.
    await trainee.getByRole('combobox', { name: 'Categoria' }).selectOption('line-fault');
    await trainee.getByRole('combobox', { name: 'Priorità' }).selectOption('low');
    await trainee.getByRole('textbox', { name: 'Oggetto' }).fill('Fibra assente da ieri sera');
    await trainee.getByRole('textbox', { name: 'Descrizione' }).fill('Spia Internet rossa fissa.');
    await trainee.getByRole('button', { name: 'Crea ticket' }).click();
    // The ticket is made in silence: the caller, who cannot see the console, says nothing of it.
    const toEscalate = trainee.getByRole('combobox', { name: 'Ticket da inoltrare' });
    await toEscalate.locator('option[value="TK-1"]').waitFor({ state: 'attached', timeout: 10_000 });
    await toEscalate.selectOption('TK-1');
    await escalateToSecondLevel(trainee);
    await sweep(trainee, 'trainee during the call', found);

    await instructor.getByRole('button', { name: 'Segui la chiamata in corso di Federica Amato' }).click();
    await visible(instructor.getByText('TK-1').first());
    await sweep(instructor, 'instructor monitor', found);
    await expectStateNamed(instructor);
    await instructor.getByRole('button', { name: 'Mirror' }).click();
    await sweep(instructor, 'instructor mirror', found);

    await trainee.getByRole('button', { name: 'Riaggancia' }).click();
    await sweep(trainee, 'trainee wrap-up', found);
    // The trainee hung up first: the script's state is the machine's own, and still has a name.
    await visible(instructor.locator('.script-state dd').getByText(/operatore/));
    await sweep(instructor, 'instructor monitor after the hang-up', found);
    await expectStateNamed(instructor);
    await trainee.getByRole('combobox', { name: 'Esito' }).selectOption('escalated-technical');
    await trainee.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(trainee.getByRole('button', { name: 'Torna disponibile' }));
    await visible(trainee.getByText('UF1.A7').first());
    await sweep(trainee, 'trainee debrief', found);

    await assessor.reload();
    await sweep(assessor, 'assessor list', found);
    await assessor.getByRole('button', { name: `Apri la sessione di Federica Amato: ${fibreTitle}` }).click();
    await visible(assessor.getByRole('slider', { name: 'Posizione nella sessione' }));
    await sweep(assessor, 'assessor replay and score', found);
    await expectStateNamed(assessor);
    await assessor.getByRole('button', { name: 'Mostra intenti' }).click();
    await sweep(assessor, 'assessor replay with intents', found);

    // An inbound e-mail, worked by another trainee: its inbox, record, reply, wrap-up, debrief and replay.
    const writer = (await openAs(floor.browser, floor.lab, 'allievo2', 'allievo')).page;
    await visible(writer.getByRole('status').getByText('Disponibile'));
    await instructor.getByRole('radio', { name: emailTitle }).check();
    await instructor.getByRole('button', { name: 'Avvia lo scenario per Marco Sorrentino' }).click();
    await writer.getByRole('button', { name: 'Apri e-mail' }).click();
    await writer.getByRole('tab', { name: 'Cliente' }).click();
    await writer.getByRole('textbox', { name: 'Cerca cliente' }).fill('VT-101027');
    await writer.getByRole('button', { name: 'Cerca', exact: true }).click();
    await writer.getByRole('button', { name: 'Apri scheda di Matteo Liguori (VT-101027)' }).click();
    await writer.getByRole('checkbox', { name: 'Codice cliente' }).check();
    await writer.getByRole('checkbox', { name: 'Indirizzo e-mail' }).check();
    await writer.getByRole('button', { name: 'Conferma identità' }).click();
    await visible(writer.getByText('Identità verificata').first());
    await writer.getByRole('tab', { name: 'E-mail' }).click();
    await writer.getByRole('button', { name: "Rispondi con un'e-mail" }).click();
    await writer.getByRole('textbox', { name: "Testo dell'e-mail" }).fill('Gentile cliente, le inviamo la copia della fattura richiesta.');
    await sweep(writer, 'trainee working an e-mail', found);
    await writer.getByRole('tab', { name: 'E-mail' }).click();
    await writer.getByRole('button', { name: 'Invia e-mail' }).click();
    await visible(writer.getByRole('heading', { name: 'Chiusura e-mail' }));
    await sweep(writer, 'trainee e-mail wrap-up', found);
    await writer.getByRole('combobox', { name: 'Esito' }).selectOption({ index: 1 });
    await writer.getByRole('button', { name: 'Registra chiusura' }).click();
    await visible(writer.getByRole('button', { name: 'Torna disponibile' }));
    await sweep(writer, 'trainee e-mail debrief', found);
    await assessor.reload();
    await assessor.getByRole('button', { name: `Apri la sessione di Marco Sorrentino: ${emailTitle}` }).click();
    await visible(assessor.getByRole('slider', { name: 'Posizione nella sessione' }));
    await sweep(assessor, 'assessor e-mail replay and score', found);

    const report = [...found].map(([code, places]) => `${code} — ${[...places].join(', ')}`);
    expect(report).toEqual([]);
  }, 300_000);
});
