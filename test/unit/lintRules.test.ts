import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../scenarios/checks/checkScenario.js';
import { lintScenario } from '../../scenarios/checks/lintScenario.js';
import { lintWarnings } from '../../scenarios/checks/lintWarnings.js';
import { checkScenarioFile, libraryFiles, lintReferences } from '../../server/scenarioFiles.js';
import { readmeExample } from '../support/readmeExample.js';

/**
 * Each lint rule against the mistake it catches, on a copy of the README's example scenario (which
 * is clean), and the library staying clean under all of them.
 */
type Pattern = { event: string; where?: Record<string, unknown> };
type Rule = {
  kind: string;
  where?: Record<string, unknown>;
  first?: Pattern;
  event?: unknown;
  expect?: Record<string, unknown>;
  [key: string]: unknown;
};
type Transition = { action?: string; where?: Record<string, unknown>; to?: string };
interface ExampleFile {
  persona: { voice: { lang: string } };
  intents: Record<string, { it: { id: string; all: string[][] }[] }>;
  script: { states: Record<string, { on: Transition[]; hangUpOutcome?: string }> };
  rubric: { id: string; rule: Rule }[];
}

const example = (): ExampleFile => JSON.parse(readmeExample('scenario'));
const rule = (file: ExampleFile, id: string): Rule => {
  const item = file.rubric.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`the example has no rubric item ${id}`);
  return item.rule;
};
const transition = (file: ExampleFile, state: string, index: number): Transition => {
  const found = file.script.states[state]?.on[index];
  if (!found) throw new Error(`the example has no transition ${state}.on[${index}]`);
  return found;
};

function problemsOf(file: ExampleFile): string[] {
  const check = checkScenario(file);
  if (!check.ok) throw new Error(`schema: ${check.problems.join('; ')}`);
  return lintScenario(check.scenario, lintReferences());
}
function warningsOf(file: ExampleFile): string[] {
  const check = checkScenario(file);
  if (!check.ok) throw new Error(`schema: ${check.problems.join('; ')}`);
  return lintWarnings(check.scenario);
}

describe('lint rules', () => {
  it('the example scenario is clean: no problem, no warning', () => {
    expect(problemsOf(example())).toEqual([]);
    expect(warningsOf(example())).toEqual([]);
  });

  it('refuses a `where` key the event does not offer, naming the event and the fields it has', () => {
    const file = example();
    rule(file, 'verifyIdentity').where = { customer: 'C0001' };
    transition(file, 'identifying', 0).where = { customerID: 'C0001' };
    transition(file, 'ringing', 0).where = { queue: 'Assistenza tecnica' };
    const problems = problemsOf(file);
    expect(problems).toContain(
      'rubric[1] (verifyIdentity).rule.where.customer: identity.verified has no field "customer" (its fields are customerId)',
    );
    expect(problems).toContain(
      'script.states.identifying.on[0].where.customerID: identity.verified has no field "customerID" (its fields are customerId)',
    );
    expect(problems).toContain(
      'script.states.ringing.on[0].where.queue: call.answered has no field "queue" (it has no field to test: leave out `where`)',
    );
  });

  it('refuses a `where` value the company does not hold, in script and rubric patterns, listing what exists or the closest', () => {
    const file = example();
    const order = rule(file, 'verifyBeforeTicket');
    order.first = { event: 'identity.verified', where: { customerId: 'C9999' } };
    transition(file, 'verified', 0).where = { category: 'complaints' };
    rule(file, 'greeting').kind = 'avoided';
    rule(file, 'greeting').event = { event: 'ticket.escalated', where: { department: 'complaintz' } };
    transition(file, 'identifying', 0).where = { customerId: 'C0001' };
    transition(file, 'identifying', 0).action = 'ticket.escalated';
    transition(file, 'identifying', 0).where = { ticketId: 'TK1' };
    const problems = problemsOf(file).join('\n');
    expect(problems).toMatch(
      /rubric\[2\] \(verifyBeforeTicket\)\.rule\.first\.where\.customerId: no customer "C9999" in the mock company \(the closest are C\d{4}, /,
    );
    expect(problems).toContain(
      'script.states.verified.on[0].where.category: no ticket category "complaints" in the mock company (it has: line-fault,',
    );
    expect(problems).toMatch(/no ticket category "complaints" .*complaint,/);
    expect(problems).toMatch(
      /rubric\[0\] \(greeting\)\.rule\.event\.where\.department: no department "complaintz" in the mock company \(it has: .*complaints/,
    );
    expect(problems).toContain('script.states.identifying.on[0].where.ticketId: no ticket "TK1"; the session makes tickets TK-1, …');
  });

  it('refuses a `where` value of the wrong kind (a consent written as false, not "false")', () => {
    const file = example();
    transition(file, 'verified', 0).action = 'customer.updated';
    transition(file, 'verified', 0).where = { field: 'marketingConsent', value: false };
    expect(problemsOf(file)).toContain(
      'script.states.verified.on[0].where.value: customer.updated\'s value is never false: write a text in quotes ("false")',
    );
  });

  it('refuses a ticket rule naming a field a ticket does not have or a value none can hold', () => {
    const file = example();
    rule(file, 'faultTicket').expect = { categoria: 'line-fault', status: 'escalate', priority: 'alta' };
    const problems = problemsOf(file);
    expect(problems).toContain(
      'rubric[3] (faultTicket).rule.expect.categoria: a ticket has no field "categoria" (its fields are ticketId, customerId, category, priority, subject, description, status)',
    );
    expect(problems).toContain('rubric[3] (faultTicket).rule.expect.status: no ticket status "escalate": it has: open, escalated, closed');
    expect(problems).toContain(
      'rubric[3] (faultTicket).rule.expect.priority: no ticket priority "alta" (it has: low, medium, high, urgent)',
    );
  });

  it('refuses minChecks on an event that checks no data', () => {
    const file = example();
    rule(file, 'verifyIdentity').event = 'customer.opened';
    expect(problemsOf(file)).toContain(
      'rubric[1] (verifyIdentity).rule.minChecks: only identity.verified has data checked; customer.opened never meets minChecks',
    );
  });

  it('refuses a term that holds punctuation ("2,4"), which no reply can match', () => {
    const file = example();
    const rules = file.intents.technicianCallback?.it ?? [];
    if (rules[0]) rules[0].all = [['tecnico'], ['24 ore', '2,4 ore']];
    expect(problemsOf(file).join('\n')).toContain(
      'intents.technicianCallback.it[0] (technician-24h).all[1]: the term "2,4 ore" holds ",", which ends a clause of a reply',
    );
  });

  it("refuses a caller's voice that is not a language tag, or not the contact's language", () => {
    const file = example();
    file.persona.voice.lang = 'de-DE';
    expect(problemsOf(file)).toContain('persona.voice.lang: "de-DE" is a voice for "de", but the contact is in "it"');
    file.persona.voice.lang = 'italiano';
    expect(problemsOf(file).join('\n')).toContain('persona.voice.lang: "italiano" is not a language tag');
  });

  it('warns about a state the caller may close from with a good outcome but with no hangUpOutcome of its own', () => {
    const file = example();
    const ticketed = file.script.states.ticketed;
    if (ticketed) delete ticketed.hangUpOutcome;
    expect(problemsOf(file)).toEqual([]);
    expect(warningsOf(file)).toEqual([
      'script.states.ticketed: the caller may close from here as "resolved", but a trainee who hangs up here first gets the script\'s hangUpOutcome "unresolved": give the state its own "hangUpOutcome"',
    ]);
  });

  it('keeps the 21 library scenarios clean: no problem and no warning', async () => {
    const checks = await Promise.all((await libraryFiles()).map(checkScenarioFile));
    expect(checks.length).toBeGreaterThanOrEqual(21);
    expect(checks.flatMap((check) => [...check.problems, ...check.warnings])).toEqual([]);
  });
});
