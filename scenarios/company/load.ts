import { z } from 'zod';
import type { Company } from './model/company.js';
import { companyFiles, generatedFiles, readCompanyJson } from './files.js';
import { planSchema, productSchema } from './model/catalogue.js';
import { emailTemplateSchema, escalationRuleSchema, kbArticleSchema, organisationSchema, processSchema } from './model/content.js';
import { directorySchema, metaSchema } from './model/directory.js';
import { customerSchema, invoiceSchema, orderSchema, pastTicketSchema } from './model/records.js';

let loaded: Company | undefined;

/**
 * The lab's company, Vesuvio Telecom: read from its files on the first call, then kept (it never changes).
 * Importing this module reads nothing, so only code that asks for the company pays for the files.
 */
export function loadCompany(): Company {
  loaded ??= readCompany();
  return loaded;
}

/**
 * Reads the hand-written content and the generated records (see scripts/generateCompany.ts) and validates them.
 * A missing or malformed file stops the start with its name: the lab never runs on half a company.
 */
function readCompany(): Company {
  const { customers: handWritten, ...directory } = readCompanyJson(companyFiles.directory, directorySchema);
  const meta = readCompanyJson(generatedFiles.meta, metaSchema);
  return {
    ...directory,
    customers: [...handWritten, ...readCompanyJson(generatedFiles.customers, z.array(customerSchema))],
    plans: readCompanyJson(companyFiles.plans, z.array(planSchema)),
    products: readCompanyJson(generatedFiles.products, z.array(productSchema)),
    orders: readCompanyJson(generatedFiles.orders, z.array(orderSchema)),
    invoices: readCompanyJson(generatedFiles.invoices, z.array(invoiceSchema)),
    pastTickets: readCompanyJson(generatedFiles.pastTickets, z.array(pastTicketSchema)),
    knowledgeBase: companyFiles.knowledgeBase.flatMap((path) => readCompanyJson(path, z.array(kbArticleSchema))),
    processes: readCompanyJson(companyFiles.processes, z.array(processSchema)),
    escalationRules: readCompanyJson(companyFiles.escalation, z.array(escalationRuleSchema)),
    organisation: readCompanyJson(companyFiles.organisation, organisationSchema),
    emailTemplates: readCompanyJson(companyFiles.emailTemplates, z.array(emailTemplateSchema)),
    searchSynonyms: readCompanyJson(companyFiles.searchSynonyms, z.array(z.array(z.string().min(1)).min(2))),
    referenceDate: meta.referenceDate,
  };
}
