import type { Scenario } from '../format/schema.js';
import { holdTimer } from '../machine/holdTimer.js';
import { messageRecipients } from '../company/lookups.js';
import { callerProblems } from './callerLint.js';
import { twistProblems } from './twistLint.js';
import { rolePlayProblems } from './rolePlayLint.js';
import type { LintReferences } from './companyValues.js';
import { referenceProblems, ruleParts } from './lintWhere.js';
import { termProblems, voiceProblems } from './lintTexts.js';

export type { LintReferences };

type Problem = string;

function graphProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const { states, initial } = scenario.script;
  const edges = new Map(Object.entries(states).map(([name, state]) => [name, state.on.flatMap((t) => (t.to ? [t.to] : []))]));
  const reached = new Set<string>();
  for (const queue = [initial]; queue.length; ) {
    const name = queue.shift()!;
    if (reached.has(name) || !states[name]) continue;
    reached.add(name);
    queue.push(...(edges.get(name) ?? []));
  }
  for (const name of Object.keys(states)) if (!reached.has(name)) problems.push(`script.states.${name}: unreachable from "${initial}"`);

  // Ends reachable without the trainee hanging up: otherwise the caller can never close the contact.
  const canEnd = new Set(
    Object.entries(states)
      .filter(([, s]) => s.end)
      .map(([name]) => name),
  );
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, targets] of edges) {
      if (!canEnd.has(name) && targets.some((target) => canEnd.has(target))) {
        canEnd.add(name);
        grew = true;
      }
    }
  }
  for (const name of Object.keys(states)) if (!canEnd.has(name)) problems.push(`script.states.${name}: no way to an end state from here`);

  for (const [name, state] of Object.entries(states)) {
    if (state.end) continue;
    const timerIds = new Set(state.timers.map((timer) => timer.id));
    if (timerIds.has(holdTimer))
      problems.push(`script.states.${name}.timers: "${holdTimer}" is reserved for the caller's patience on hold`);
    if (!state.on.some((t) => 'timer' in t))
      problems.push(`script.states.${name}: the caller waits here with no timer (add a silence or patience timer)`);
    for (const timer of state.timers) {
      if (!state.on.some((t) => 'timer' in t && t.timer === timer.id))
        problems.push(`script.states.${name}.timers: timer "${timer.id}" moves nothing`);
    }
    state.on.forEach((t, index) => {
      const place = `script.states.${name}.on[${index}]`;
      if (t.to !== undefined && !states[t.to]) problems.push(`${place}.to: no state named "${t.to}"`);
      if ('timer' in t && !timerIds.has(t.timer)) problems.push(`${place}.timer: the state has no timer "${t.timer}"`);
      if ('reply' in t && t.reply !== '*' && !scenario.intents[t.reply]) problems.push(`${place}.reply: no intent named "${t.reply}"`);
    });
    if (!state.end && state.on.length === 0) problems.push(`script.states.${name}: not an end state, yet nothing leaves it`);
  }
  if (!states[initial]) problems.push(`script.initial: no state named "${initial}"`);
  return problems;
}

function textProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const usesLine = (place: string, lineId: string) => {
    if (!scenario.lines[lineId]) problems.push(`${place}: no line named "${lineId}"`);
  };
  for (const [name, state] of Object.entries(scenario.script.states)) {
    for (const lineId of state.say) usesLine(`script.states.${name}.say`, lineId);
    for (const [index, t] of state.on.entries()) {
      for (const lineId of t.say) usesLine(`script.states.${name}.on[${index}].say`, lineId);
    }
  }
  const spoken = new Set(Object.values(scenario.script.states).flatMap((s) => [...s.say, ...s.on.flatMap((t) => t.say)]));
  for (const lineId of Object.keys(scenario.lines)) if (!spoken.has(lineId)) problems.push(`lines.${lineId}: never said`);
  for (const [intent, byLanguage] of Object.entries(scenario.intents)) {
    if (!byLanguage[scenario.language]) problems.push(`intents.${intent}: no rules for the contact's language "${scenario.language}"`);
  }
  return problems;
}

/**
 * Everything the schema cannot see: the script's shape, the texts, and references to the standard
 * and to the mock company. Each problem names its place in the file.
 */
export function lintScenario(scenario: Scenario, refs: LintReferences): Problem[] {
  const problems = [
    ...(scenario.rolePlay ? [] : graphProblems(scenario)),
    ...rolePlayProblems(scenario),
    ...textProblems(scenario),
    ...callerProblems(scenario),
    ...twistProblems(scenario),
  ];
  for (const code of scenario.abilities) if (!refs.abilities.has(code)) problems.push(`abilities: unknown ability ${code}`);
  for (const code of scenario.knowledge) if (!refs.knowledge.has(code)) problems.push(`knowledge: unknown knowledge item ${code}`);
  if (scenario.persona.customerId !== null && !refs.customers.has(scenario.persona.customerId)) {
    problems.push(`persona.customerId: no customer "${scenario.persona.customerId}" in the mock company`);
  }
  scenario.rubric.forEach((item, index) => {
    const place = `rubric[${index}] (${item.id})`;
    for (const code of item.abilities) if (!refs.abilities.has(code)) problems.push(`${place}.abilities: unknown ability ${code}`);
    for (const code of item.knowledge) if (!refs.knowledge.has(code)) problems.push(`${place}.knowledge: unknown knowledge item ${code}`);
    // An anyOf/allOf rule's parts are checked as rules of their own.
    for (const rule of ruleParts(item.rule)) {
      const intent = rule.kind === 'replied' || rule.kind === 'avoided' ? rule.intent : undefined;
      if (intent !== undefined && !scenario.intents[intent]) problems.push(`${place}.rule.intent: no intent named "${intent}"`);
    }
  });
  problems.push(...referenceProblems(scenario, refs), ...termProblems(scenario), ...voiceProblems(scenario));
  for (const state of Object.keys(scenario.guidance)) {
    if (!scenario.script.states[state]) problems.push(`guidance.${state}: no state named "${state}"`);
  }
  // Observers read states and intents by name, never by id.
  for (const state of Object.keys(scenario.script.states))
    if (!scenario.labels.states[state]) problems.push(`labels.states.${state}: the state has no it/en label`);
  for (const intent of Object.keys(scenario.intents))
    if (!scenario.labels.intents[intent]) problems.push(`labels.intents.${intent}: the intent has no it/en label`);
  if (scenario.channel === 'email' && !scenario.persona.subject) problems.push('persona.subject: an inbound e-mail needs a subject');
  const fromAddress = scenario.persona.callerNumber.includes('@');
  if (scenario.channel === 'email' && !fromAddress) problems.push('persona.callerNumber: an inbound e-mail comes from an e-mail address');
  if (scenario.channel === 'phone' && fromAddress) problems.push('persona.callerNumber: a phone call comes from a number');
  const ids = scenario.rubric.map((item) => item.id);
  for (const [index, id] of ids.entries()) {
    if (ids.indexOf(id) !== index) problems.push(`rubric[${index}]: id "${id}" is used twice`);
  }
  return problems;
}

/** The references a scenario may use, from the standard's codes and a mock company. */
export function lintReferencesOf(
  company: {
    customers: { id: string }[];
    departments: { id: string }[];
    dispositions: { code: string }[];
    ticketCategories: { code: string }[];
    colleagues: { id: string }[];
    products: { id: string }[];
    articles: { id: string }[];
    orders: { id: string }[];
    emailTemplates: { id: string }[];
  },
  standard: { abilities: ReadonlySet<string>; knowledge: ReadonlySet<string> },
): LintReferences {
  return {
    ...standard,
    customers: new Set(company.customers.map((customer) => customer.id)),
    departments: new Set(company.departments.map((department) => department.id)),
    dispositions: new Set(company.dispositions.map((disposition) => disposition.code)),
    ticketCategories: new Set(company.ticketCategories.map((category) => category.code)),
    products: new Set(company.products.map((product) => product.id)),
    articles: new Set(company.articles.map((article) => article.id)),
    orders: new Set(company.orders.map((order) => order.id)),
    emailTemplates: new Set(company.emailTemplates.map((template) => template.id)),
    recipients: messageRecipients(company.departments, company.colleagues),
  };
}
