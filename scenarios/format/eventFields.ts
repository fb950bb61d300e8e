import type { SessionEventPayloads } from '../../protocol/events.js';
import type { ConsoleEventType } from '../../protocol/vocabulary.js';

/**
 * The fields of an event's data that a `where` can test: the scalar ones, since `where` compares each
 * value whole and exactly (scenarios/machine/fieldsMatch.ts). Lists (search results, identity checks)
 * and nested records never equal a scalar, so they are not offered.
 */
type WhereableFields<P> = string extends keyof P
  ? never
  : { [K in keyof P]-?: NonNullable<P[K]> extends string | number | boolean ? K : never }[keyof P] & string;

/** What a value of a field is: checked against the company's data, one of a fixed list, or free text (exact match only). */
export type FieldValue = 'data' | 'list' | 'text' | 'number';

export interface WhereField {
  value: FieldValue;
  /** What the field holds, in the authors' words (scenarios/README.md shows it). */
  means: string;
}

/**
 * For each console event, every field it offers to `where`. The type makes the compiler refuse a field
 * the event does not have and a scalar field left out, so this table follows protocol/events.ts.
 */
/** An event with no field takes no entry at all (`Record<never, …>` would accept any). */
type FieldTable<K extends string> = [K] extends [never] ? Record<string, never> : Record<K, WhereField>;

export const whereFieldsByEvent: { [T in ConsoleEventType]: FieldTable<WhereableFields<SessionEventPayloads[T]>> } = {
  'call.answered': {},
  'customer.searched': { query: { value: 'text', means: 'what the trainee typed in the search' } },
  'customer.opened': { customerId: { value: 'data', means: 'the customer whose record was opened (`C0001`…)' } },
  'identity.verified': { customerId: { value: 'data', means: 'the customer verified (the data checked: `minChecks` of a `did` rule)' } },
  'ticket.created': {
    ticketId: { value: 'list', means: 'the new ticket: `TK-1`, `TK-2`… in the order of the session' },
    customerId: { value: 'data', means: 'the customer the ticket is for' },
    category: { value: 'data', means: 'a ticket category code of the company (`line-fault`, `billing`…)' },
    priority: { value: 'list', means: '`low`, `medium`, `high` or `urgent`' },
    subject: { value: 'text', means: 'the subject the trainee wrote' },
    description: { value: 'text', means: 'the description the trainee wrote' },
  },
  'ticket.escalated': {
    ticketId: { value: 'list', means: 'the ticket escalated (`TK-1`…)' },
    department: { value: 'data', means: 'a department id of the company (`tech-l2`, `billing`…)' },
    note: { value: 'text', means: 'the note for the department' },
  },
  'call.held': {},
  'call.resumed': {},
  'call.hungUp': { party: { value: 'list', means: '`trainee` or `caller`: who hung up' } },
  'call.transferred': {
    department: { value: 'data', means: 'the department the call was passed to' },
    note: { value: 'text', means: 'the note for the colleague' },
  },
  'email.closed': {},
  'ticket.updated': {
    ticketId: { value: 'list', means: 'the ticket updated (`TK-1`…)' },
    priority: { value: 'list', means: 'the new priority (`low`, `medium`, `high`, `urgent`)' },
    status: { value: 'list', means: 'the new status (`open`, `closed`)' },
    note: { value: 'text', means: 'the note added' },
  },
  'product.searched': { query: { value: 'text', means: 'what the trainee typed in the search' } },
  'product.opened': { productId: { value: 'data', means: 'a product id of the catalogue (`PHN-P7-128`…)' } },
  'kb.searched': { query: { value: 'text', means: 'what the trainee typed in the search' } },
  'kb.opened': { articleId: { value: 'data', means: 'a knowledge-base article id (`KB-001`…)' } },
  'email.sent': {
    to: { value: 'text', means: 'the address the e-mail went to' },
    subject: { value: 'text', means: 'the subject' },
    body: { value: 'text', means: 'the text' },
    template: { value: 'data', means: 'the e-mail template used, if any' },
  },
  'message.delivered': {
    recipient: { value: 'data', means: 'a department or colleague id the message went to' },
    callerName: { value: 'text', means: "the caller's name as written" },
    callerNumber: { value: 'text', means: 'the number to call back as written' },
    text: { value: 'text', means: 'the message' },
    urgency: { value: 'list', means: '`normal` or `urgent`' },
  },
  'customer.updated': {
    customerId: { value: 'data', means: 'the customer whose record was corrected' },
    field: { value: 'list', means: '`phone`, `email`, `address`, `marketingConsent` or `privacyConsent`' },
    value: { value: 'text', means: 'the new value, always text (`"false"` for a consent withdrawn)' },
  },
  'order.placed': {
    orderId: { value: 'list', means: 'the new order: `ORD-S-1`, `ORD-S-2`… in the order of the session' },
    customerId: { value: 'data', means: 'the customer ordering' },
    total: { value: 'number', means: 'the total in euros' },
    deliveryAddress: { value: 'text', means: 'the address as written' },
    paymentMethod: { value: 'list', means: 'one of the company payment methods (`carta di credito`, `PayPal`, `bonifico`…)' },
  },
  'order.cancelled': {
    orderId: { value: 'data', means: 'the order cancelled (an order of the company, `ORD-2026-00217`…)' },
    reason: { value: 'text', means: 'the reason written' },
  },
  'wrapup.submitted': {
    disposition: { value: 'data', means: 'a disposition code of the company' },
    notes: { value: 'text', means: 'the after-call notes' },
    followUp: { value: 'text', means: 'what must happen next' },
  },
};

/** The fields one event offers to `where`, in the table's order. */
export const whereFieldsOf = (event: ConsoleEventType): string[] => Object.keys(whereFieldsByEvent[event]);

/** The table of events and their fields as scenarios/README.md shows it (a unit test keeps the two equal). */
export function whereFieldsMarkdown(): string {
  const rows = Object.entries(whereFieldsByEvent).map(([event, fields]) => {
    const entries = Object.entries(fields as Record<string, WhereField>);
    const described = ([name, field]: [string, WhereField]) => `\`${name}\`: ${field.means}${field.value === 'text' ? ' (free text)' : ''}`;
    const list = entries.length ? entries.map(described).join('<br>') : '(none)';
    return `| \`${event}\` | ${list} |`;
  });
  return ['| event | fields `where` can test |', '| --- | --- |', ...rows].join('\n');
}

/** The same table as plain text for the terminal: each event, then its fields. */
export function whereFieldsText(): string {
  return Object.entries(whereFieldsByEvent)
    .map(([event, fields]) => {
      const entries = Object.entries(fields as Record<string, WhereField>);
      return [event, ...(entries.length ? entries.map(([name, field]) => `  ${name.padEnd(16)} ${field.means}`) : ['  (no field)'])].join(
        '\n',
      );
    })
    .join('\n');
}
