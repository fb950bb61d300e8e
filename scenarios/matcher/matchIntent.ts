import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, IntentRule, Language } from '../format/schema.js';
import { findTerm, termParts } from './findTerm.js';
import { tokenize, type Token } from './normalize.js';

const hasPlaceholder = (group: string[], language: Language) => group.some((term) => termParts(term, language).some((part) => part.kind === 'any'));

/**
 * A rule fires when each of its groups has a term in the reply, in any order. Groups with the `*`
 * placeholder are looked at last, so the name cannot be a word another group already used
 * ("This is Vesuvio Telecom" names no one). Returns the words matched, in the rule's group order.
 */
function fireRule(reply: Token[], rule: IntentRule, language: Language): string[] | null {
  const lastIfPlaceholder = (group: string[]) => Number(hasPlaceholder(group, language));
  const order = rule.all.map((group, index) => ({ group, index })).sort((a, b) => lastIfPlaceholder(a.group) - lastIfPlaceholder(b.group));
  const used = new Set<number>();
  const wordsByGroup: string[][] = [];
  for (const { group, index } of order) {
    let found: number[] | null = null;
    for (const term of group) {
      found = findTerm(reply, termParts(term, language), language, used);
      if (found) break;
    }
    if (!found) return null;
    found.forEach((position) => used.add(position));
    wordsByGroup[index] = found.map((position) => reply[position]!.word);
  }
  return wordsByGroup.flat();
}

/**
 * Deterministic, explainable matching: returns every intent that fired, each with its first
 * rule that fired and the words of the reply that made it fire.
 */
export function matchIntents(text: string, intents: IntentSet, language: Language): IntentMatch[] {
  const reply = tokenize(text, language);
  const matches: IntentMatch[] = [];
  for (const [intent, byLanguage] of Object.entries(intents)) {
    for (const rule of byLanguage[language] ?? []) {
      const words = fireRule(reply, rule, language);
      if (words) {
        matches.push({ intent, rule: rule.id, words });
        break;
      }
    }
  }
  return matches;
}
