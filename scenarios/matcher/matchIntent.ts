import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { compileRule, type CompiledRule } from './compileRule.js';
import { findTerm } from './findTerm.js';
import { profiles } from './languages.js';
import { tokenize } from './normalize.js';
import { ReplyWords } from './replyWords.js';

const noPositions: ReadonlySet<number> = new Set();

/**
 * A rule fires when each of its groups has a term in the reply, in any order. Groups with the `*`
 * placeholder are looked at last (compileRule orders them), so the name cannot be a word another
 * group already used ("This is Vesuvio Telecom" names no one). Returns the words matched, in the
 * rule's group order.
 */
function fireRule(reply: ReplyWords, rule: CompiledRule): string[] | null {
  // Most rules fail on their first group: the set of used positions is only made when one is found.
  let used: Set<number> | null = null;
  const wordsByGroup: string[][] = [];
  for (const { terms, index } of rule.groups) {
    let found: number[] | null = null;
    for (const parts of terms) {
      found = findTerm(reply, parts, used ?? noPositions);
      if (found) break;
    }
    if (!found) return null;
    used ??= new Set();
    for (const position of found) used.add(position);
    wordsByGroup[index] = found.map((position) => reply.tokens[position]!.word);
  }
  return wordsByGroup.flat();
}

/**
 * Deterministic, explainable matching: returns every intent that fired, each with its first
 * rule that fired and the words of the reply that made it fire.
 */
export function matchIntents(text: string, intents: IntentSet, language: Language): IntentMatch[] {
  const reply = new ReplyWords(tokenize(text, language), profiles[language]);
  const matches: IntentMatch[] = [];
  for (const [intent, byLanguage] of Object.entries(intents)) {
    for (const rule of byLanguage[language] ?? []) {
      const words = fireRule(reply, compileRule(rule, language));
      if (words) {
        matches.push({ intent, rule: rule.id, words });
        break;
      }
    }
  }
  return matches;
}
