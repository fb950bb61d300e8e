import type { CustomerRecord } from '../../protocol/events.js';
import { plainWords } from '../matcher/normalize.js';
import type { Company } from './model/company.js';
import type { Plan, Product } from './model/catalogue.js';
import type { EmailTemplate, EscalationRule, KbArticle, ProcessDiagram, TemplateLanguage } from './model/content.js';
import type { Invoice, Order, PastTicket } from './model/records.js';

/** Lookups by id, and a customer's whole history, for the console and for scenarios. */
export const findProduct = (company: Company, id: string): Product | undefined => company.products.find((p) => p.id === id);
/** By id ("FIBRA-1G") or by the name contracts carry ("Fibra Vesuvio 1 Giga"). */
export const findPlan = (company: Company, idOrName: string): Plan | undefined =>
  company.plans.find((p) => p.id === idOrName || p.name === idOrName);
export const findOrder = (company: Company, id: string): Order | undefined => company.orders.find((o) => o.id === id);
export const findInvoice = (company: Company, id: string): Invoice | undefined => company.invoices.find((i) => i.id === id);
export const findPastTicket = (company: Company, id: string): PastTicket | undefined => company.pastTickets.find((t) => t.id === id);
export const findKbArticle = (company: Company, id: string): KbArticle | undefined => company.knowledgeBase.find((a) => a.id === id);
export const findProcess = (company: Company, id: string): ProcessDiagram | undefined => company.processes.find((p) => p.id === id);
export const findEmailTemplate = (company: Company, id: string): EmailTemplate | undefined =>
  company.emailTemplates.find((t) => t.id === id);

/** Which department handles a ticket category at first and second level, and when to escalate. */
export const escalationRuleFor = (company: Company, ticketCategory: string): EscalationRule | undefined =>
  company.escalationRules.find((rule) => rule.ticketCategories.includes(ticketCategory));

export interface CustomerHistory {
  contracts: { contract: CustomerRecord['contracts'][number]; plan: Plan | undefined }[];
  orders: Order[];
  invoices: Invoice[];
  pastTickets: PastTicket[];
}

/** A customer's contracts with their plans, and orders, invoices and past tickets, newest first. */
export function customerHistory(company: Company, customerId: string): CustomerHistory | undefined {
  const customer = company.customers.find((c) => c.id === customerId);
  if (!customer) return undefined;
  const newestFirst = <T>(items: T[], date: (item: T) => string) => items.sort((a, b) => date(b).localeCompare(date(a)));
  return {
    contracts: customer.contracts.map((contract) => ({ contract, plan: findPlan(company, contract.product) })),
    orders: newestFirst(
      company.orders.filter((o) => o.customerId === customerId),
      (o) => o.placedOn,
    ),
    invoices: newestFirst(
      company.invoices.filter((i) => i.customerId === customerId),
      (i) => i.issuedOn,
    ),
    pastTickets: newestFirst(
      company.pastTickets.filter((t) => t.customerId === customerId),
      (t) => t.openedAt,
    ),
  };
}

/** A template in one language with its {{placeholders}} filled; `missing` lists those without a value. */
export function fillEmailTemplate(
  template: EmailTemplate,
  language: TemplateLanguage,
  values: Record<string, string>,
): { subject: string; body: string; missing: string[] } {
  const missing = template.placeholders.filter((name) => values[name] === undefined);
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  const { subject, body } = template.translations[language];
  return { subject: fill(subject), body: fill(body), missing };
}

export interface Colleague {
  /** "anna.russo": how a message's recipient names them. */
  id: string;
  name: string;
  department: string | null;
  role: 'head' | 'referent' | 'deputy';
}

const personId = (name: string) =>
  plainWords(name)
    .filter((word) => !['dott', 'ssa', 'avv', 'ing'].includes(word))
    .join('.');

/** The people of the organisation chart a message can be left for: the head, and each department's referent and deputy. */
export function colleaguesOf(company: Company): Colleague[] {
  const { head, units } = company.organisation;
  return [
    { id: personId(head.name), name: head.name, department: null, role: 'head' },
    ...company.departments.flatMap((department): Colleague[] => {
      const referent: Colleague = {
        id: personId(department.referent),
        name: department.referent,
        department: department.id,
        role: 'referent',
      };
      const unit = units.find((u) => u.department === department.id);
      return unit ? [referent, { id: personId(unit.deputy), name: unit.deputy, department: department.id, role: 'deputy' }] : [referent];
    }),
  ];
}

/** Whom a message can be delivered to: a person of the org chart, or a department's shared desk. */
export function messageRecipients(departments: readonly { id: string }[], colleagues: readonly { id: string }[]): Set<string> {
  return new Set([...departments.map((department) => department.id), ...colleagues.map((colleague) => colleague.id)]);
}
