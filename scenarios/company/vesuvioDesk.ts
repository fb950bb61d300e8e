import { createHash } from 'node:crypto';
import type { CustomerHistoryView, OrderSummary, ProductSheet, ProductSummary } from '../../protocol/events.js';
import {
  colleaguesOf,
  customerHistory,
  directoryOf,
  findOrder,
  findCustomer,
  findKbArticle,
  findProduct,
  messageRecipients,
  searchCustomers,
  searchKnowledgeBase,
  type Company,
  type Order,
  type Product,
} from './company.js';
import type { CompanyDesk } from './desk.js';
import { loadCompany } from './load.js';
import { rankedProducts } from './search.js';

const productSummary = (product: Product): ProductSummary => ({
  id: product.id,
  name: product.name,
  brand: product.brand,
  category: product.category,
  price: product.price,
  availability: product.availability.status,
});

function productSheet(company: Company, product: Product): ProductSheet {
  return {
    ...productSummary(product),
    description: product.description,
    specifications: product.specs,
    monthlyInstalment: product.monthlyInstalment,
    stock: product.availability.stock,
    restockOn: product.availability.restockOn,
    warranty: product.warranty,
    compatible: product.compatibleWith.flatMap((id) => {
      const other = findProduct(company, id);
      return other ? [productSummary(other)] : [];
    }),
    plans: product.plans,
  };
}

const orderSummary = (order: Order): OrderSummary => ({
  id: order.id,
  placedOn: order.placedOn,
  status: order.status,
  total: order.total,
  items: order.items,
  paymentMethod: order.paymentMethod,
  trackingCode: order.shipping?.trackingCode ?? null,
  deliveredOn: order.shipping?.deliveredOn ?? null,
});

/** The record's history as the console lists it: the latest ten of each, enough for a call. */
function historyView(company: Company, customerId: string): CustomerHistoryView {
  const history = customerHistory(company, customerId);
  if (!history) return { orders: [], invoices: [], pastTickets: [] };
  return {
    orders: history.orders.slice(0, 10).map(orderSummary),
    invoices: history.invoices
      .slice(0, 10)
      .map(({ id, issuedOn, dueOn, period, total, status, lines }) => ({ id, issuedOn, dueOn, period, total, status, lines })),
    pastTickets: history.pastTickets
      .slice(0, 10)
      .map(({ id, openedAt, category, status, subject, resolution }) => ({ id, openedAt, category, status, subject, resolution })),
  };
}

/** The console's view of a company: what a trainee can look up during a contact. */
export function deskOf(company: Company): CompanyDesk {
  const colleagues = colleaguesOf(company);
  const recipients = messageRecipients(company.departments, colleagues);
  return {
    dataVersion: createHash('sha256').update(JSON.stringify(company)).digest('hex'),
    directory: {
      ...directoryOf(company),
      colleagues,
      escalationRules: company.escalationRules,
      processes: company.processes,
      emailTemplates: company.emailTemplates,
      plans: company.plans.map(({ onSaleFrom: _from, onSaleUntil, ...plan }) => ({ ...plan, onSale: onSaleUntil === null })),
    },
    searchCustomers: (query) => searchCustomers(company, query),
    customer: (id) => findCustomer(company, id),
    customerHistory: (id) => historyView(company, id),
    orderOwner: (id) => findOrder(company, id)?.customerId,
    order: (id) => {
      const order = findOrder(company, id);
      return order ? orderSummary(order) : undefined;
    },
    searchProducts: (query, filters = {}) => {
      // No words: the whole catalogue, so filters alone can browse it.
      const found = query.trim() ? rankedProducts(company, query, { limit: 200 }).map(({ product }) => product) : company.products;
      return found
        .filter(
          (product) =>
            (!filters.category || product.category === filters.category) &&
            (filters.maxPrice === undefined || product.price <= filters.maxPrice) &&
            (!filters.availableOnly || ['disponibile', 'ultimi pezzi'].includes(product.availability.status)),
        )
        .slice(0, 20)
        .map(productSummary);
    },
    product: (id) => {
      const product = findProduct(company, id);
      return product ? productSheet(company, product) : undefined;
    },
    searchArticles: (query) =>
      searchKnowledgeBase(company, query).map(({ id, title, kind, language, summary }) => ({ id, title, kind, language, summary })),
    article: (id) => {
      const article = findKbArticle(company, id);
      return article
        ? {
            id: article.id,
            title: article.title,
            kind: article.kind,
            language: article.language,
            summary: article.summary,
            sections: article.sections,
          }
        : undefined;
    },
    isRecipient: (id) => recipients.has(id),
  };
}

let vesuvioDesk: CompanyDesk | undefined;

/** The console's view of Vesuvio Telecom, built on the first call (which loads the company) and then kept. */
export function loadVesuvioDesk(): CompanyDesk {
  vesuvioDesk ??= deskOf(loadCompany());
  return vesuvioDesk;
}
