import type { CustomerRecord, CustomerSummary } from '../../protocol/events.js';
import type { Directory } from '../../protocol/views.js';
import { searchCustomerRecords, toSummary } from './customerSearch.js';
import { loadCompany } from './load.js';
import type { Plan, Product } from './model/catalogue.js';
import type { EmailTemplate, EscalationRule, KbArticle, Organisation, ProcessDiagram } from './model/content.js';
import type { Invoice, Order, PastTicket } from './model/records.js';

/**
 * The shared, read-only mock company. Sessions never change it: their changes live in their own log.
 * Hand-written content lives in vesuvio-telecom.json and content/; records are generated into data/
 * by `npm run company:generate` (fixed seed, so the files only change when the generator or its inputs do).
 */
export interface Company extends Directory {
  customers: CustomerRecord[];
  /** Plans and offers; a contract's `product` is a plan's name. */
  plans: Plan[];
  products: Product[];
  orders: Order[];
  invoices: Invoice[];
  pastTickets: PastTicket[];
  knowledgeBase: KbArticle[];
  /** Process diagrams: complaint handling, escalation, returns, identity verification. */
  processes: ProcessDiagram[];
  /** What goes where: first and second level per ticket category. */
  escalationRules: EscalationRule[];
  /** The organisation chart: the head, and each department's deputy, extension and e-mail. */
  organisation: Organisation;
  emailTemplates: EmailTemplate[];
  /** The day the generated records are "as of" (orders, invoices and tickets are dated before it). */
  referenceDate: string;
}

export const vesuvioTelecom: Company = loadCompany();

/** Only what the console's directory needs: the company, departments, dispositions and ticket categories. */
export function directoryOf(company: Company): Directory {
  const { company: identity, departments, dispositions, ticketCategories } = company;
  return { company: identity, departments, dispositions, ticketCategories };
}

export { toSummary };

/** Every word of the query must appear (as a prefix) in the customer's name, code, tax code, phone, city or e-mail. */
export function searchCustomers(company: Company, query: string, limit = 20): CustomerSummary[] {
  return searchCustomerRecords(company.customers, query, limit);
}

export function findCustomer(company: Company, customerId: string): CustomerRecord | undefined {
  return company.customers.find((customer) => customer.id === customerId);
}

export { searchKnowledgeBase, searchProducts, type KbArticleMatch, type ProductMatch } from './search.js';
export * from './lookups.js';
export { isValidTaxCode } from './taxCode.js';
export type { Plan, Product } from './model/catalogue.js';
export type { EmailTemplate, EscalationRule, KbArticle, Organisation, ProcessDiagram, ProcessStep, TemplateLanguage } from './model/content.js';
export type { Customer, Invoice, Order, PastTicket } from './model/records.js';
