import type { Outcome, TicketPriority } from '../../protocol/vocabulary.js';
import type { Localized } from '../../protocol/views.js';
import { loadCompany } from '../company/load.js';
import { colleaguesOf, type Company } from '../company/company.js';

// A score's explanations are read by trainees and assessors: every code in them is said with the
// company's own labels (or these fixed words), never as the code itself.

const priorityWords: Record<TicketPriority, Localized> = {
  low: { it: 'bassa', en: 'low' },
  medium: { it: 'media', en: 'medium' },
  high: { it: 'alta', en: 'high' },
  urgent: { it: 'urgente', en: 'urgent' },
};

const outcomeWords: Record<Outcome, Localized> = {
  resolved: { it: 'risolto', en: 'resolved' },
  escalated: { it: 'inoltrato', en: 'escalated' },
  messageTaken: { it: 'messaggio preso', en: 'message taken' },
  callerHungUp: { it: 'il chiamante ha riagganciato', en: 'the caller hung up' },
  abandoned: { it: 'abbandonata', en: 'abandoned' },
  unresolved: { it: 'non risolto', en: 'unresolved' },
  transferred: { it: 'trasferita ad altro reparto', en: 'transferred to another department' },
  notAnswered: { it: 'non risposta', en: 'not answered' },
  endedByInstructor: { it: 'chiusa dal docente', en: 'ended by the instructor' },
};

const fieldWords: Record<string, Localized> = {
  customerId: { it: 'cliente', en: 'customer' },
  category: { it: 'categoria', en: 'category' },
  priority: { it: 'priorità', en: 'priority' },
  status: { it: 'stato', en: 'status' },
};

const unknown: Localized = { it: 'non previsto', en: 'not listed' };

let company: Company | undefined;
const vesuvio = (): Company => (company ??= loadCompany());

const join = (labels: Localized[], it: string, en: string): Localized => ({
  it: labels.map((label) => label.it).join(it),
  en: labels.map((label) => label.en).join(en),
});

export function dispositionLabel(code: string): Localized {
  return vesuvio().dispositions.find((item) => item.code === code)?.label ?? unknown;
}

export function departmentLabel(id: string): Localized {
  return vesuvio().departments.find((item) => item.id === id)?.name ?? unknown;
}

/** A message's recipient: a colleague by name, or a department's desk by its name. */
export function recipientLabel(id: string): Localized {
  const colleague = colleaguesOf(vesuvio()).find((person) => person.id === id);
  return colleague ? { it: colleague.name, en: colleague.name } : departmentLabel(id);
}

export function outcomeLabel(outcome: string): Localized {
  return (outcomeWords as Record<string, Localized>)[outcome] ?? unknown;
}

export const anyOf = (labels: Localized[]): Localized => join(labels, ' o ', ' or ');

/** One expected ticket value in words: a category, a priority, a customer's name. */
function valueLabel(field: string, value: string): Localized {
  if (field === 'category') return vesuvio().ticketCategories.find((item) => item.code === value)?.label ?? unknown;
  if (field === 'priority') return (priorityWords as Record<string, Localized>)[value] ?? unknown;
  if (field === 'customerId') {
    const name = vesuvio().customers.find((customer) => customer.id === value)?.fullName;
    return name ? { it: name, en: name } : unknown;
  }
  return { it: value, en: value };
}

/** What a rubric's ticket rule expects, in words: "categoria Guasto linea, priorità alta o urgente". */
export function ticketExpectation(expect: Record<string, string | string[]>): Localized {
  const parts = Object.entries(expect).map(([field, expected]) => {
    const values = anyOf((Array.isArray(expected) ? expected : [expected]).map((value) => valueLabel(field, value)));
    const name = fieldWords[field] ?? { it: field, en: field };
    return { it: `${name.it} ${values.it}`, en: `${name.en} ${values.en}` };
  });
  return join(parts, ', ', ', ');
}
