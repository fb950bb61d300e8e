import { byTrainee, consoleOpenPhases, unknown, type Deciders } from '../decider.js';

/** The product catalogue and the knowledge base: search, then open a sheet or an article. */
export const lookupDeciders = {
  'product.search': {
    phases: consoleOpenPhases,
    verb: 'search',
    decide: (action, _core, desk) =>
      byTrainee('product.searched', {
        query: action.query,
        results: desk.searchProducts(action.query, {
          category: action.category,
          maxPrice: action.maxPrice,
          availableOnly: action.availableOnly,
        }),
      }),
  },
  'product.open': {
    phases: consoleOpenPhases,
    verb: 'open a product sheet',
    decide: (action, _core, desk) => {
      const product = desk.product(action.productId);
      if (!product) return unknown('product', action.productId);
      return byTrainee('product.opened', { productId: product.id, product });
    },
  },
  'kb.search': {
    phases: consoleOpenPhases,
    verb: 'search',
    decide: (action, _core, desk) => byTrainee('kb.searched', { query: action.query, results: desk.searchArticles(action.query) }),
  },
  'kb.open': {
    phases: consoleOpenPhases,
    verb: 'open an article',
    decide: (action, _core, desk) => {
      const article = desk.article(action.articleId);
      if (!article) return unknown('article', action.articleId);
      return byTrainee('kb.opened', { articleId: article.id, article });
    },
  },
} satisfies Partial<Deciders>;
