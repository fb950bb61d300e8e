import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenarios/format/schema.js';
import { checkScenarioFile, libraryFiles } from '../../server/scenarioFiles.js';

const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario ? [check.scenario] : [],
);

/**
 * The data a scenario's answer is scored on: what the e-mail, message or ticket must contain, the order's products,
 * the records an action must touch. Only values with a digit count (invoice and order ids, amounts, dates, codes):
 * words such as "ottobre" are not data. Knowledge-base article ids are left out: naming where to look is what a hint is for.
 */
function answerData(scenario: Scenario): string[] {
  const values = scenario.rubric.flatMap(({ rule }): string[] => {
    switch (rule.kind) {
      case 'email':
      case 'message':
        return rule.mentions.flat();
      case 'ticket':
        return Object.values(rule.expect).flat();
      case 'orderPlaced':
        return rule.products;
      case 'did':
        return Object.entries(rule.where ?? {}).flatMap(([field, value]) =>
          field === 'articleId' || field === 'customerId' ? [] : [String(value)],
        );
      default:
        return [];
    }
  });
  return [...new Set(values)].filter((value) => /\d/.test(value));
}

/** A value stands in a text as a whole token ("23" in "23,90 €", not in "KB-023"). */
const contains = (text: string, value: string) => {
  const escaped = value.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
};

describe('hints (shown in standard mode) guide without giving the answer', () => {
  it('finds answer data to look for', () => {
    expect(scenarios.filter((scenario) => answerData(scenario).length > 0).length).toBeGreaterThan(10);
  });

  it('no hint of any scenario contains a value its rubric scores', () => {
    const leaks = scenarios.flatMap((scenario) => {
      const data = answerData(scenario);
      return Object.entries(scenario.guidance).flatMap(([state, { hints }]) =>
        hints.flatMap((hint) =>
          (['it', 'en'] as const).flatMap((language) =>
            data.filter((value) => contains(hint[language], value)).map((value) => `${scenario.id} ${state} ${language}: ${value}`),
          ),
        ),
      );
    });
    expect(leaks).toEqual([]);
  });
});
