import { describe, expect, it } from 'vitest';
import { checkParaphrases } from '../../scenarios/intents/checkParaphrases.js';
import { sharedIntentNames, sharedIntents, type SharedIntentName } from '../../scenarios/intents/sharedIntents.js';
import type { Language } from '../../scenarios/format/schema.js';

/**
 * The same three checks for every language's shared intents: enough paraphrases, at least 95% of
 * them matched to their own intent, and no off-topic reply matched. Each language's file holds its data.
 */
export function describeSharedIntents(
  languageName: string,
  language: Language,
  paraphrases: Record<SharedIntentName, string[]>,
  offTopic: string[],
): void {
  describe(`the shared intents in ${languageName}`, () => {
    const report = checkParaphrases(sharedIntents, language, paraphrases, offTopic);

    it('are tested with at least 20 paraphrases each and 30 off-topic replies', () => {
      for (const name of sharedIntentNames) expect(paraphrases[name].length, name).toBeGreaterThanOrEqual(20);
      expect(offTopic.length).toBeGreaterThanOrEqual(30);
    });

    it('match at least 95% of the paraphrases to their own intent', () => {
      console.log(
        `[shared intents] ${language}: ${report.matched}/${report.total} paraphrases matched (${(report.rate * 100).toFixed(1)}%), misses: ${JSON.stringify(report.misses)}`,
      );
      expect(report.rate).toBeGreaterThanOrEqual(0.95);
    });

    it('match nothing for off-topic or wrong replies', () => {
      console.log(
        `[shared intents] ${language}: ${offTopic.length - report.falseMatches.length}/${offTopic.length} off-topic replies matched nothing`,
      );
      expect(report.falseMatches).toEqual([]);
    });
  });
}
