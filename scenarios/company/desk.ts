import type {
  Article,
  ArticleSummary,
  CustomerHistoryView,
  CustomerRecord,
  CustomerSummary,
  OrderSummary,
  ProductSheet,
  ProductSummary,
} from '../../protocol/events.js';
import type { ConsoleDirectory } from '../../protocol/views.js';

/**
 * What a session may look up in the mock company: the console's databases. The session core
 * depends on this port only, so tests and other companies can stand in for Vesuvio Telecom.
 */
export interface CompanyDesk {
  /** sha256 of the company data behind the desk: a session's kept scenario records it, so a later change shows. */
  dataVersion: string;
  directory: ConsoleDirectory;
  searchCustomers(query: string): CustomerSummary[];
  customer(id: string): CustomerRecord | undefined;
  customerHistory(id: string): CustomerHistoryView;
  order(id: string): OrderSummary | undefined;
  /** The customer an order of the company belongs to. */
  orderOwner(id: string): string | undefined;
  searchProducts(query: string, filters?: { category?: string; maxPrice?: number; availableOnly?: boolean }): ProductSummary[];
  product(id: string): ProductSheet | undefined;
  searchArticles(query: string): ArticleSummary[];
  article(id: string): Article | undefined;
  /** Colleagues and departments a message can be delivered to. */
  isRecipient(id: string): boolean;
}
