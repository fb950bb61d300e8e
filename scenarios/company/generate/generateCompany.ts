import { z } from 'zod';
import { companyFiles, generatedFiles, readCompanyJson } from '../files.js';
import { planSchema, productFamilySchema } from '../model/catalogue.js';
import { customerSchema } from '../model/records.js';
import { expandCatalogue } from './catalogue.js';
import { generateCustomers } from './customers.js';
import { peopleAndPlacesSchema, ticketStorySchema } from './inputs.js';
import { generateInvoices } from './invoices.js';
import { generateOrders } from './orders.js';
import { createRng, REFERENCE_DATE, SEED } from './random.js';
import { generatePastTickets } from './tickets.js';

export const generatedCounts = { customers: 312, orders: 700, pastTickets: 460 } as const;

const fixedCustomersSchema = z.object({ customers: z.array(customerSchema) });

/** One record a line: small diffs, quick to read, and a few hundred kilobytes for the biggest file. */
const recordLines = (records: readonly unknown[]) => `[\n${records.map((record) => `  ${JSON.stringify(record)}`).join(',\n')}\n]\n`;
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Generates the company's records from the hand-written content with a fixed seed.
 * Returns each file's path (relative to scenarios/company/) and text; the same inputs always give the same bytes.
 */
export function generateCompanyFiles(seed = SEED, referenceDate = REFERENCE_DATE): Map<string, string> {
  const rng = createRng(seed);
  const plans = readCompanyJson(companyFiles.plans, z.array(planSchema));
  const families = readCompanyJson(companyFiles.productFamilies, z.array(productFamilySchema));
  const places = readCompanyJson(companyFiles.peopleAndPlaces, peopleAndPlacesSchema);
  const stories = readCompanyJson(companyFiles.ticketStories, z.array(ticketStorySchema));
  const fixed = readCompanyJson(companyFiles.directory, fixedCustomersSchema).customers;

  const products = expandCatalogue(rng, families, plans, referenceDate);
  const generated = generateCustomers(rng, fixed, plans, places, generatedCounts.customers - fixed.length, referenceDate);
  const carrier = places.carriers[0] ?? 'Corriere';
  const orders = generateOrders(rng, generated, products, carrier, generatedCounts.orders, referenceDate);
  const invoices = generateInvoices([...fixed, ...generated], plans, orders, referenceDate);
  const sources = { customers: generated, plans, orders, invoices, agents: places.agents, referenceDate };
  const { tickets, disputed } = generatePastTickets(rng, stories, sources, generatedCounts.pastTickets);
  const finalInvoices = invoices.map((invoice) => (disputed.has(invoice.id) ? { ...invoice, status: 'contestata' as const } : invoice));

  const meta = {
    notice:
      "Dati interamente fittizi, generati per l'addestramento (Vesuvio Telecom S.r.l. non esiste). Telefoni +39 … 555 …, e-mail @example.invalid.",
    generator: 'npm run company:generate (scripts/generateCompany.ts)',
    seed,
    referenceDate,
    counts: {
      customers: fixed.length + generated.length,
      products: products.length,
      plans: plans.length,
      orders: orders.length,
      invoices: finalInvoices.length,
      pastTickets: tickets.length,
    },
  };
  return new Map([
    [generatedFiles.customers, recordLines(generated)],
    [generatedFiles.products, pretty(products)],
    [generatedFiles.orders, recordLines(orders)],
    [generatedFiles.invoices, recordLines(finalInvoices)],
    [generatedFiles.pastTickets, recordLines(tickets)],
    [generatedFiles.meta, pretty(meta)],
  ]);
}
