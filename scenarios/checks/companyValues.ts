import { distance } from 'fastest-levenshtein';
import { editableCustomerFields, messageUrgencies, paymentMethods, ticketPriorities, ticketStatuses } from '../../protocol/vocabulary.js';

/** What a scenario may refer to outside itself: the standard's codes and the mock company's data. */
export interface LintReferences {
  abilities: ReadonlySet<string>;
  knowledge: ReadonlySet<string>;
  customers: ReadonlySet<string>;
  departments: ReadonlySet<string>;
  dispositions: ReadonlySet<string>;
  ticketCategories: ReadonlySet<string>;
  /** People and department desks a message can be delivered to. */
  recipients: ReadonlySet<string>;
  products: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** The company's orders (a session's own are `ORD-S-1`…). */
  orders: ReadonlySet<string>;
  emailTemplates: ReadonlySet<string>;
}

/** The values a field can hold: a set (the company's data or a fixed list), and ids a session makes. */
export interface ValueDomain {
  what: string;
  values: ReadonlySet<string>;
  /** Ids made during the session (`TK-1`, `ORD-S-1`), which no data file lists. */
  sessionIds?: { pattern: RegExp; example: string };
  /** Whether the values are the mock company's (said so in the message) or a fixed list of the lab's. */
  company: boolean;
}

const fixed = (what: string, values: readonly string[]): ValueDomain => ({ what, values: new Set(values), company: false });
const data = (what: string, values: ReadonlySet<string>): ValueDomain => ({ what, values, company: true });

/** Every field, by name, whose values can be checked; the same name means the same thing in every event. */
export function valueDomains(refs: LintReferences): Record<string, ValueDomain> {
  return {
    customerId: data('customer', refs.customers),
    department: data('department', refs.departments),
    category: data('ticket category', refs.ticketCategories),
    productId: data('product', refs.products),
    articleId: data('knowledge-base article', refs.articles),
    recipient: data('recipient', refs.recipients),
    disposition: data('disposition', refs.dispositions),
    template: data('e-mail template', refs.emailTemplates),
    orderId: { ...data('order', refs.orders), sessionIds: { pattern: /^ORD-S-\d+$/, example: 'ORD-S-1' } },
    ticketId: { ...fixed('ticket', []), sessionIds: { pattern: /^TK-\d+$/, example: 'TK-1' } },
    priority: fixed('ticket priority', ticketPriorities),
    status: fixed('ticket status', ticketStatuses),
    urgency: fixed('message urgency', messageUrgencies),
    party: fixed('party', ['trainee', 'caller']),
    field: fixed('editable customer field', editableCustomerFields),
    paymentMethod: fixed('payment method', paymentMethods),
  };
}

/** A short list of what exists: all of it when short, else the few closest to what was written. */
export function whatExists(value: string, values: ReadonlySet<string>, shown = 12): string {
  const all = [...values];
  if (all.length <= shown) return `it has: ${all.join(', ')}`;
  const nearest = all.sort((a, b) => distance(value, a) - distance(value, b) || a.localeCompare(b)).slice(0, 5);
  return `the closest are ${nearest.join(', ')}`;
}

/** Why a value cannot be in the field, or null when it can. */
export function valueProblem(domain: ValueDomain, value: string): string | null {
  if (domain.values.has(value) || domain.sessionIds?.pattern.test(value)) return null;
  const where = domain.company ? ' in the mock company' : '';
  const session = domain.sessionIds ? `; the session makes ${domain.what}s ${domain.sessionIds.example}, …` : '';
  const known = domain.values.size ? ` (${whatExists(value, domain.values)})` : '';
  return `no ${domain.what} "${value}"${where}${known}${session}`;
}
