import type { ProductSheet, ProductSummary } from '../../protocol/events.js';
import { colleaguesOf, directoryOf, findCustomer, findKbArticle, findProduct, searchCustomers, searchKnowledgeBase, searchProducts, vesuvioTelecom, type Company, type Product } from './company.js';
import type { CompanyDesk } from './desk.js';

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

/** The console's view of a company: what a trainee can look up during a contact. */
export function deskOf(company: Company): CompanyDesk {
  const colleagues = colleaguesOf(company);
  // A message goes to a person of the org chart, or to a department's shared desk.
  const recipients = new Set([...company.departments.map((department) => department.id), ...colleagues.map((colleague) => colleague.id)]);
  return {
    directory: {
      ...directoryOf(company),
      colleagues,
      escalationRules: company.escalationRules,
      processes: company.processes,
      emailTemplates: company.emailTemplates,
    },
    searchCustomers: (query) => searchCustomers(company, query),
    customer: (id) => findCustomer(company, id),
    searchProducts: (query) =>
      searchProducts(company, query).flatMap(({ id }) => {
        const product = findProduct(company, id);
        return product ? [productSummary(product)] : [];
      }),
    product: (id) => {
      const product = findProduct(company, id);
      return product ? productSheet(company, product) : undefined;
    },
    searchArticles: (query) => searchKnowledgeBase(company, query).map(({ id, title, kind, language, summary }) => ({ id, title, kind, language, summary })),
    article: (id) => {
      const article = findKbArticle(company, id);
      return article ? { id: article.id, title: article.title, kind: article.kind, language: article.language, summary: article.summary, sections: article.sections } : undefined;
    },
    isRecipient: (id) => recipients.has(id),
  };
}

export const vesuvioDesk: CompanyDesk = deskOf(vesuvioTelecom);
