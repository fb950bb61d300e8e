import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';

/** Where the company's files live, relative to this folder; the generator writes the `data/` ones. */
export const companyFiles = {
  directory: 'vesuvio-telecom.json',
  plans: 'content/plans.json',
  productFamilies: 'content/product-families.json',
  escalation: 'content/escalation.json',
  organisation: 'content/organisation.json',
  processes: 'content/processes.json',
  emailTemplates: 'content/email-templates.json',
  searchSynonyms: 'content/search-synonyms.json',
  knowledgeBase: ['content/kb/procedures.json', 'content/kb/guides.json', 'content/kb/faq.json', 'content/kb/english.json'],
  peopleAndPlaces: 'generate/people-and-places.json',
  ticketStories: 'generate/ticket-stories.json',
} as const;

export const generatedFiles = {
  customers: 'data/customers.json',
  products: 'data/products.json',
  orders: 'data/orders.json',
  invoices: 'data/invoices.json',
  pastTickets: 'data/past-tickets.json',
  meta: 'data/meta.json',
} as const;

/**
 * This folder, found from the project root (the folder of package.json above this module) rather than
 * next to this module: bundled into dist/server/main.js, the module is no longer in scenarios/company/.
 */
function findCompanyDir(): URL {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(new URL('package.json', dir))) {
    const parent = new URL('../', dir);
    if (parent.href === dir.href) throw new Error(`no package.json above ${import.meta.url}: the company's files cannot be found`);
    dir = parent;
  }
  return new URL('scenarios/company/', dir);
}

export const companyDir = findCompanyDir();

export function readCompanyText(path: string): string {
  return readFileSync(new URL(path, companyDir), 'utf8');
}

/** Reads and validates one JSON file; a bad file stops the start with the file's name and the problem. */
export function readCompanyJson<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(readCompanyText(path)));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`scenarios/company/${path} is invalid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
