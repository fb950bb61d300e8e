import type { ConsoleEventType } from '../../protocol/vocabulary.js';
import type { EvidenceRule, EventPattern, Scenario } from '../format/schema.js';
import { whereFieldsByEvent, whereFieldsOf, type WhereField } from '../format/eventFields.js';
import { type LintReferences, valueDomains, valueProblem } from './companyValues.js';

type Problem = string;
type Where = EventPattern['where'];

/** The fields a ticket in the final sandbox has, which a `ticket` rule's `expect` can name. */
const ticketFields = [...whereFieldsOf('ticket.created'), 'status'];
const ticketStates = new Set(['open', 'escalated', 'closed']);

/**
 * A `where` names fields of its event, each with a value of the field's kind that the company's data
 * (or the lab's fixed lists) can hold: otherwise the pattern never matches, and an exemplary trainee
 * fails the item at run time.
 */
function whereProblems(event: ConsoleEventType, where: Where, place: string, refs: LintReferences): Problem[] {
  if (!where) return [];
  const problems: Problem[] = [];
  const offered = whereFieldsByEvent[event] as Record<string, WhereField>;
  const names = Object.keys(offered);
  const domains = valueDomains(refs);
  for (const [key, value] of Object.entries(where)) {
    const field = offered[key];
    if (!field) {
      const fields = names.length ? `its fields are ${names.join(', ')}` : 'it has no field to test: leave out `where`';
      problems.push(`${place}.${key}: ${event} has no field "${key}" (${fields})`);
      continue;
    }
    const wantsNumber = field.value === 'number';
    if (typeof value === 'boolean' || (typeof value === 'number') !== wantsNumber) {
      const kind = wantsNumber ? 'a number' : `a text in quotes (${JSON.stringify(String(value))})`;
      problems.push(`${place}.${key}: ${event}'s ${key} is never ${JSON.stringify(value)}: write ${kind}`);
      continue;
    }
    const domain = domains[key];
    const problem = domain && typeof value === 'string' ? valueProblem(domain, value) : null;
    if (problem) problems.push(`${place}.${key}: ${problem}`);
  }
  return problems;
}

/** Every event pattern of a rubric rule, with its place. */
function rulePatterns(rule: EvidenceRule, place: string): { pattern: EventPattern; place: string }[] {
  switch (rule.kind) {
    case 'did':
      return [{ pattern: rule, place }];
    case 'order':
      return [
        { pattern: rule.first, place: `${place}.first` },
        { pattern: rule.then, place: `${place}.then` },
      ];
    case 'replied':
      return rule.before ? [{ pattern: rule.before, place: `${place}.before` }] : [];
    case 'avoided':
      return rule.event ? [{ pattern: rule.event, place: `${place}.event` }] : [];
    default:
      return [];
  }
}

/** The values a rubric rule names outside its patterns: a ticket's fields, orders, messages, dispositions. */
function ruleValueProblems(rule: EvidenceRule, place: string, refs: LintReferences): Problem[] {
  const problems: Problem[] = [];
  const domains = valueDomains(refs);
  const check = (domainName: string, value: string, at = place) => {
    const domain = domains[domainName];
    const problem = domain ? valueProblem(domain, value) : null;
    if (problem) problems.push(`${at}: ${problem}`);
  };
  if (rule.kind === 'ticket') {
    for (const [field, expected] of Object.entries(rule.expect)) {
      const at = `${place}.expect.${field}`;
      if (!ticketFields.includes(field)) {
        problems.push(`${at}: a ticket has no field "${field}" (its fields are ${ticketFields.join(', ')})`);
        continue;
      }
      for (const value of [expected].flat()) {
        if (field === 'status' && !ticketStates.has(value))
          problems.push(`${at}: no ticket status "${value}": it has: ${[...ticketStates].join(', ')}`);
        else if (field !== 'status') check(field, value, at);
      }
    }
    for (const department of rule.escalatedTo ?? []) check('department', department);
  }
  if (rule.kind === 'disposition') for (const code of rule.codes) check('disposition', code);
  if (rule.kind === 'orderPlaced') {
    check('customerId', rule.customerId);
    for (const productId of rule.products) check('productId', productId);
    if (rule.paymentMethod !== undefined) check('paymentMethod', rule.paymentMethod);
  }
  if (rule.kind === 'message') for (const recipient of rule.recipients) check('recipient', recipient);
  if (rule.kind === 'did' && rule.minChecks !== undefined && rule.event !== 'identity.verified')
    problems.push(`${place}.minChecks: only identity.verified has data checked; ${rule.event} never meets minChecks`);
  return problems;
}

/** The `where` of every script transition and rubric pattern, and every company value a rubric names. */
export function referenceProblems(scenario: Scenario, refs: LintReferences): Problem[] {
  const problems: Problem[] = [];
  for (const [name, state] of Object.entries(scenario.script.states)) {
    state.on.forEach((transition, index) => {
      if ('action' in transition)
        problems.push(...whereProblems(transition.action, transition.where, `script.states.${name}.on[${index}].where`, refs));
    });
  }
  scenario.rubric.forEach((item, index) => {
    const place = `rubric[${index}] (${item.id}).rule`;
    for (const { pattern, place: at } of rulePatterns(item.rule, place))
      problems.push(...whereProblems(pattern.event, pattern.where, `${at}.where`, refs));
    problems.push(...ruleValueProblems(item.rule, place, refs));
  });
  return problems;
}
