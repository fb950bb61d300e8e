import { describe, expect, it } from 'vitest';
import { templateDraft } from '../../../client/src/console/email/fillTemplate.js';
import { templateValues } from '../../../client/src/console/email/templateValues.js';
import { loadVesuvioDesk } from '../../../scenarios/company/vesuvioDesk.js';
import { projectCallAt } from '../../../scenarios/projection/projectCall.js';
import { playHeadless } from '../../../scenarios/session/playHeadless.js';
import { checkScenarioFile, libraryFiles, readTraineeScript, traineeScriptFiles } from '../../../server/scenarioFiles.js';

const desk = loadVesuvioDesk();
const templates = desk.directory.emailTemplates;
const languages = ['it', 'en', 'fr', 'de', 'es'] as const;
const agentName = 'Luca Bianchi';
/** How each language greets a named customer in a formal e-mail: the opening, the name, the punctuation. */
const salutation = { it: 'Gentile', en: 'Dear', fr: 'Bonjour', de: 'Sehr geehrte/r', es: 'Estimado/a' } as const;
const punctuation = { it: ',', en: ',', fr: ',', de: ',', es: ':' } as const;

const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario ? [check.scenario] : [],
);

/** Each scenario's console at the moment its exemplary trainee sends an e-mail (or at the end), and the template it used. */
const moments = await Promise.all(
  scenarios.map(async (scenario) => {
    const file = (await traineeScriptFiles(scenario.id)).find((path) => path.endsWith('/exemplary.json'));
    const { script } = await readTraineeScript(file ?? '');
    const run = playHeadless(scenario, desk, script?.inputs ?? [], { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
    const sent = run.events.find((event) => event.type === 'email.sent');
    const seq = sent ? sent.seq - 1 : (run.events.at(-1)?.seq ?? 0);
    const used = sent?.type === 'email.sent' ? sent.data.template : null;
    return { scenario, view: projectCallAt(run.events, seq), used };
  }),
);

describe('e-mail templates filled from the open record', () => {
  it('never leave a {{placeholder}} in an inserted draft, and greet the customer properly, in every language', () => {
    const problems: string[] = [];
    for (const { scenario, view } of moments) {
      const values = templateValues(view, agentName);
      for (const template of templates) {
        for (const language of languages) {
          const where = `${scenario.id} ${template.id} ${language}`;
          const draft = templateDraft(template, language, values);
          // Refused: it must name fields the template has, and the open record's own data are never among them.
          for (const name of draft.missing)
            if (!template.placeholders.includes(name)) problems.push(`${where}: unknown missing field ${name}`);
          if (view.openRecord && draft.missing.includes('customerName'))
            problems.push(`${where}: customer's name not taken from the record`);
          // Inserted, after the trainee typed what the console could not know.
          const typed = Object.fromEntries(draft.missing.map((name) => [name, `typed ${name}`]));
          const inserted = templateDraft(template, language, { ...values, ...typed });
          if (inserted.missing.length > 0 || /\{\{|\}\}/.test(inserted.subject + inserted.body))
            problems.push(`${where}: placeholder left`);
          const name = values.customerName ?? typed.customerName;
          const firstLine = inserted.body.split('\n')[0];
          if (firstLine !== `${salutation[language]} ${name}${punctuation[language]}`) problems.push(`${where}: salutation "${firstLine}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('fill the template a scenario calls for from its record, asking the trainee only for their own answer', () => {
    const used = moments.filter((moment) => moment.used !== null && moment.view.openRecord !== null);
    expect(used.length).toBeGreaterThan(3);
    for (const { scenario, view, used: id } of used) {
      const template = templates.find((item) => item.id === id);
      expect(template, `${scenario.id} ${id}`).toBeDefined();
      if (!template) continue;
      const draft = templateDraft(template, scenario.language, templateValues(view, agentName));
      expect(
        draft.missing.filter((name) => name !== 'answer'),
        `${scenario.id} ${id}`,
      ).toEqual([]);
    }
  });

  it('give the French double-charge acknowledgement its invoice number and a French greeting', () => {
    const moment = moments.find(({ scenario }) => scenario.id === 'fr-facture-double');
    const template = templates.find((item) => item.id === 'invoice-dispute-received');
    if (!moment || !template) throw new Error('the French double-charge scenario and its template must exist');
    const draft = templateDraft(template, 'fr', templateValues(moment.view, agentName));
    expect(draft.missing).toEqual([]);
    expect(draft.subject).toBe('Contestation de la facture FT-2026-000458 – dossier TK-1');
    expect(draft.body.split('\n')[0]).toBe('Bonjour Carolina Usai,');
    expect(draft.body).toContain('FT-2026-000458');
  });

  it('refuse a template whose data the console does not know, naming the missing fields', () => {
    const template = templates.find((item) => item.id === 'technician-appointment');
    if (!template) throw new Error('the appointment template must exist');
    const draft = templateDraft(template, 'it', { customerName: 'Maria Esposito', ticketId: 'TK-1', agentName });
    expect(draft.missing).toEqual(['date', 'timeSlot']);
  });
});
