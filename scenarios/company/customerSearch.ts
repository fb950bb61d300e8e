import type { CustomerRecord, CustomerSummary } from '../../protocol/events.js';
import { plainWords } from '../matcher/normalize.js';

interface Entry {
  customer: CustomerRecord;
  words: string[];
  /** The phone number as dialled in Italy: digits, without the +39. */
  phone: string;
}

const entries = new WeakMap<readonly CustomerRecord[], Entry[]>();
const nationalDigits = (digits: string) => digits.replace(/^(00)?39(?=\d{9,})/, '');

function entriesOf(customers: readonly CustomerRecord[]): Entry[] {
  let cached = entries.get(customers);
  if (!cached) {
    cached = customers.map((customer) => ({
      customer,
      words: plainWords(
        [customer.fullName, customer.customerCode, customer.taxCode, customer.phone.replace(/\s/g, ''), customer.city, customer.email].join(
          ' ',
        ),
      ),
      phone: nationalDigits(customer.phone.replace(/\D/g, '')),
    }));
    entries.set(customers, cached);
  }
  return cached;
}

export const toSummary = ({ id, customerCode, fullName, city }: CustomerRecord): CustomerSummary => ({ id, customerCode, fullName, city });

/**
 * Every word of the query must appear (as a prefix) in the customer's name, code, tax code, phone, city or e-mail;
 * a query of digits only (6 or more) also finds the phone number however it is spaced, with or without +39.
 * Customers matching more words exactly come first; otherwise the register's order is kept.
 */
export function searchCustomerRecords(customers: readonly CustomerRecord[], query: string, limit = 20): CustomerSummary[] {
  const words = plainWords(query);
  if (words.length === 0) return [];
  const digits = /\p{L}/u.test(query) ? '' : nationalDigits(query.replace(/\D/g, ''));
  const found = entriesOf(customers).flatMap((entry) => {
    const byPhone = digits.length >= 6 && entry.phone.includes(digits);
    const byWords = words.every((word) => entry.words.some((candidate) => candidate.startsWith(word)));
    if (!byPhone && !byWords) return [];
    const exact = words.filter((word) => entry.words.includes(word)).length + (entry.phone === digits ? words.length : 0);
    return [{ entry, exact }];
  });
  return found
    .sort((a, b) => b.exact - a.exact)
    .slice(0, limit)
    .map(({ entry }) => toSummary(entry.customer));
}
