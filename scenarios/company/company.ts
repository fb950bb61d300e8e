import type { CustomerRecord, CustomerSummary } from '../../protocol/events.js';
import type { Directory } from '../../protocol/views.js';
import { plainWords } from '../matcher/normalize.js';
import companyData from './vesuvio-telecom.json' with { type: 'json' };

/** The shared, read-only mock company. Sessions never change it: their changes live in their own log. */
export interface Company extends Directory {
  customers: CustomerRecord[];
}

export const vesuvioTelecom: Company = companyData as Company;

export function directoryOf(company: Company): Directory {
  const { customers: _customers, ...directory } = company;
  return directory;
}

export const toSummary = ({ id, customerCode, fullName, city }: CustomerRecord): CustomerSummary => ({
  id,
  customerCode,
  fullName,
  city,
});

/** Every word of the query must appear (as a prefix) in the customer's name, code, tax code, phone or city. */
export function searchCustomers(company: Company, query: string, limit = 20): CustomerSummary[] {
  const words = plainWords(query);
  if (words.length === 0) return [];
  return company.customers
    .filter((customer) => {
      const haystack = plainWords(
        [customer.fullName, customer.customerCode, customer.taxCode, customer.phone.replace(/\s/g, ''), customer.city, customer.email].join(' '),
      );
      return words.every((word) => haystack.some((candidate) => candidate.startsWith(word)));
    })
    .slice(0, limit)
    .map(toSummary);
}

export function findCustomer(company: Company, customerId: string): CustomerRecord | undefined {
  return company.customers.find((customer) => customer.id === customerId);
}
