import { describe, expect, it } from 'vitest';
import { languages } from '../../protocol/vocabulary.js';
import { sharedAvoidedIntentNames, sharedIntentNames } from '../../scenarios/intents/sharedIntents.js';
import { bankSplits, noIntent, readBank } from '../../scenarios/understanding/banks.js';
import { learntExemplars } from '../../scenarios/understanding/exampleModel.js';

/**
 * The data discipline of the exemplar banks: each reply in one split only, enough replies per
 * intent, and the example-based recogniser trained on the train split and nothing else.
 */
const banked = languages.filter((language) => Object.keys(readBank(language, 'train')).length > 0);
const key = (text: string) => text.trim().toLowerCase();

describe('the exemplar banks', () => {
  it.each(banked)('%s: no reply is in two splits', (language) => {
    const seen = new Map<string, string>();
    const crossed: string[] = [];
    for (const split of bankSplits) {
      for (const [intent, replies] of Object.entries(readBank(language, split))) {
        for (const reply of replies) {
          const where = seen.get(key(reply));
          if (where && !where.startsWith(`${split}/`)) crossed.push(`${reply} (${where} and ${split}/${intent})`);
          seen.set(key(reply), `${split}/${intent}`);
        }
      }
    }
    expect(crossed).toEqual([]);
  });

  it.each(banked)('%s: at least 80 replies per shared intent and rude, 150 that must credit nothing', (language) => {
    const counts: Record<string, number> = {};
    for (const split of bankSplits) {
      for (const [intent, replies] of Object.entries(readBank(language, split))) counts[intent] = (counts[intent] ?? 0) + replies.length;
    }
    for (const intent of [...sharedIntentNames, ...sharedAvoidedIntentNames])
      expect(counts[intent] ?? 0, intent).toBeGreaterThanOrEqual(80);
    expect(counts[noIntent] ?? 0).toBeGreaterThanOrEqual(150);
  });

  it('exist in all five languages', () => {
    expect(banked).toEqual([...languages]);
  });

  it.each(banked)('%s: the recogniser learnt from exactly the train split', (language) => {
    const train = Object.entries(readBank(language, 'train')).flatMap(([intent, replies]) => replies.map((text) => `${intent}\t${text}`));
    const learnt = learntExemplars(language).map(({ intent, text }) => `${intent}\t${text}`);
    expect(learnt.sort()).toEqual(train.sort());
    const heldOut = new Set(
      (['dev', 'test'] as const).flatMap((split) => Object.values(readBank(language, split)).flatMap((replies) => replies.map(key))),
    );
    expect(learntExemplars(language).filter(({ text }) => heldOut.has(key(text)))).toEqual([]);
  });
});
