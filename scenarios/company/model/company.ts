import type { CustomerRecord } from '../../../protocol/events.js';
import type { Directory } from '../../../protocol/views.js';
import type { Plan, Product } from './catalogue.js';
import type { EmailTemplate, EscalationRule, KbArticle, Organisation, ProcessDiagram } from './content.js';
import type { Invoice, Order, PastTicket } from './records.js';

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
  /** Words that mean the same to the knowledge-base and catalogue search, across the contact languages. */
  searchSynonyms: string[][];
  /** The day the generated records are "as of" (orders, invoices and tickets are dated before it). */
  referenceDate: string;
}
