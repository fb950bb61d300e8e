import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Scenario } from '../../scenarios/format/schema.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { checkScenarioFile, libraryFiles } from '../../server/scenarioFiles.js';

/**
 * A rubric item that credits opening an article or a product is fair only if the trainee can find it
 * with the words they would type. The queries sit in a fixture beside the scenarios, not in the scenario
 * format: they test the company's content against each scenario, and the lab never needs them at run time.
 */
const fixture = z
  .record(z.string(), z.union([z.string(), z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)).min(1)))]))
  .parse(JSON.parse(readFileSync(new URL('../fixtures/findability.json', import.meta.url), 'utf8')));
const queriesFor = (scenarioId: string) => {
  const entry = fixture[scenarioId];
  return typeof entry === 'object' ? entry : {};
};

const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario ? [check.scenario] : [],
);
const desk = loadVesuvioDesk();

/** The articles and products a scenario's rubric expects the trainee to open or order. */
interface ExpectedItem {
  id: string;
  kind: 'article' | 'product';
}
function expectedItems(scenario: Scenario): ExpectedItem[] {
  return scenario.rubric.flatMap(({ rule }): ExpectedItem[] => {
    if (rule.kind === 'did' && rule.event === 'kb.opened' && typeof rule.where?.articleId === 'string')
      return [{ id: rule.where.articleId, kind: 'article' }];
    if (rule.kind === 'did' && rule.event === 'product.opened' && typeof rule.where?.productId === 'string')
      return [{ id: rule.where.productId, kind: 'product' }];
    if (rule.kind === 'orderPlaced') return rule.products.map((id) => ({ id, kind: 'product' }));
    return [];
  });
}

/** The console's searches, as the trainee sees their results (first five). */
const firstFive = (kind: 'article' | 'product', query: string) =>
  (kind === 'article' ? desk.searchArticles(query) : desk.searchProducts(query)).slice(0, 5).map((result) => result.id);

describe('what a rubric expects the trainee to open can be found by the words a trainee types', () => {
  it("has queries for every expected item of every scenario, in the contact's language and in Italian", () => {
    const gaps = scenarios.flatMap((scenario) => {
      const queries = queriesFor(scenario.id);
      return expectedItems(scenario).flatMap(({ id }) =>
        [...new Set([scenario.language, 'it'])]
          .filter((language) => !queries[id]?.[language]?.length)
          .map((language) => `${scenario.id} ${id} ${language}`),
      );
    });
    expect(gaps).toEqual([]);
    expect(scenarios.some((scenario) => expectedItems(scenario).length > 0)).toBe(true);
  });

  for (const scenario of scenarios) {
    const items = expectedItems(scenario);
    if (items.length === 0) continue;
    it(`${scenario.id}: every expected item is in the first five results of each query`, () => {
      const misses = items.flatMap(({ id, kind }) =>
        Object.entries(queriesFor(scenario.id)[id] ?? {}).flatMap(([language, queries]) =>
          queries
            .filter((query) => !firstFive(kind, query).includes(id))
            .map((query) => `${id} ← "${query}" (${language}): ${firstFive(kind, query).join(', ') || 'nothing'}`),
        ),
      );
      expect(misses).toEqual([]);
    });
  }
});
