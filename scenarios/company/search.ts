import type MiniSearch from 'minisearch';
import type { Company } from './model/company.js';
import type { Product } from './model/catalogue.js';
import type { KbArticle } from './model/content.js';
import { buildIndex, rankedIds, synonymsOf } from './textSearch.js';

export interface ProductMatch {
  id: string;
  name: string;
  brand: string;
  category: Product['category'];
  kind: Product['kind'];
  price: number;
  availability: Product['availability']['status'];
  score: number;
}

export interface KbArticleMatch {
  id: string;
  kind: KbArticle['kind'];
  language: KbArticle['language'];
  title: string;
  summary: string;
  score: number;
}

/** A company's documents of one kind, indexed by their text and by id. */
interface Indexed<T> {
  index: MiniSearch<T>;
  byId: Map<string, T>;
  ids: ReadonlySet<string>;
  /** The query's words in the other languages the company's search knows. */
  synonyms: (query: string) => string[];
}

/** Builds a kind's index on the first search of each company and keeps it for the company's life (a company never changes). */
function indexOf<T extends { id: string }>(
  documents: (company: Company) => readonly T[],
  fields: Record<string, (doc: T) => string>,
  boost: Record<string, number>,
): (company: Company) => Indexed<T> {
  const built = new WeakMap<Company, Indexed<T>>();
  return (company) => {
    let indexed = built.get(company);
    if (!indexed) {
      const docs = documents(company);
      const byId = new Map(docs.map((doc) => [doc.id, doc]));
      built.set(
        company,
        (indexed = {
          index: buildIndex(docs, fields, boost),
          byId,
          ids: new Set(byId.keys()),
          synonyms: synonymsOf(company.searchSynonyms),
        }),
      );
    }
    return indexed;
  };
}

const productIndex = indexOf(
  (company) => company.products,
  {
    id: (p) => p.id,
    name: (p) => p.name,
    brand: (p) => p.brand,
    category: (p) => p.category,
    tags: (p) => p.tags.join(' '),
    description: (p) => p.description,
    specs: (p) => p.specs.map((s) => `${s.label} ${s.value}`).join(' '),
  },
  { id: 3, name: 3, brand: 2, category: 2, tags: 1.5 },
);

const kbIndex = indexOf(
  (company) => company.knowledgeBase,
  {
    id: (a) => a.id,
    title: (a) => a.title,
    tags: (a) => a.tags.join(' '),
    summary: (a) => a.summary,
    body: (a) => a.sections.flatMap((s) => [s.heading, ...s.paragraphs, ...s.steps]).join(' '),
  },
  { id: 3, title: 3, tags: 2, summary: 1.5 },
);

/** The catalogue's product sheets, best match first: "router wifi 6", "cover P7", "cuffie bluetooth", or a product code. */
export function rankedProducts(
  company: Company,
  query: string,
  options: { limit?: number; category?: Product['category'] } = {},
): { product: Product; score: number }[] {
  const { index, byId, ids, synonyms } = productIndex(company);
  const filter = options.category ? (id: string) => byId.get(id)?.category === options.category : undefined;
  return rankedIds(index, query, ids, filter, synonyms(query))
    .slice(0, options.limit ?? 10)
    .flatMap(({ id, score }) => {
      const product = byId.get(id);
      return product ? [{ product, score }] : [];
    });
}

/** The catalogue, best match first, as the search lists it. */
export function searchProducts(
  company: Company,
  query: string,
  options: { limit?: number; category?: Product['category'] } = {},
): ProductMatch[] {
  return rankedProducts(company, query, options).map(({ product: p, score }) => ({
    id: p.id,
    name: p.name,
    brand: p.brand,
    category: p.category,
    kind: p.kind,
    price: p.price,
    availability: p.availability.status,
    score,
  }));
}

/** The knowledge base, best match first: "spia rossa modem", "diritto di recesso", or an article id. */
export function searchKnowledgeBase(
  company: Company,
  query: string,
  options: { limit?: number; language?: KbArticle['language']; kind?: KbArticle['kind'] } = {},
): KbArticleMatch[] {
  const { index, byId, ids, synonyms } = kbIndex(company);
  const { language, kind } = options;
  const filter =
    language || kind
      ? (id: string) => (!language || byId.get(id)?.language === language) && (!kind || byId.get(id)?.kind === kind)
      : undefined;
  return rankedIds(index, query, ids, filter, synonyms(query))
    .slice(0, options.limit ?? 10)
    .flatMap(({ id, score }) => {
      const a = byId.get(id);
      return a ? [{ id, kind: a.kind, language: a.language, title: a.title, summary: a.summary, score }] : [];
    });
}
