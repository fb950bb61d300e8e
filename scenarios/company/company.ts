import type { CustomerRecord, CustomerSummary } from '../../protocol/events.js';
import type { Directory } from '../../protocol/views.js';
import { searchCustomerRecords, toSummary } from './customerSearch.js';
import type { Company } from './model/company.js';

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
export type { Company } from './model/company.js';
export type { Plan, Product } from './model/catalogue.js';
export type {
  EmailTemplate,
  EscalationRule,
  KbArticle,
  Organisation,
  ProcessDiagram,
  ProcessStep,
  TemplateLanguage,
} from './model/content.js';
export type { Customer, Invoice, Order, PastTicket } from './model/records.js';
