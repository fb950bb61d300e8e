import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { compileRule, type CompiledRule } from './compileRule.js';
import { findTerm } from './findTerm.js';
import { profiles } from './languages.js';
import { tokenize } from './normalize.js';
import { ReplyWords } from './replyWords.js';

const noPositions: ReadonlySet<number> = new Set();

/** The folded words of every term of an intent set, per language: a reply's word among them is that word, not a typo. */
const vocabularies = new WeakMap<IntentSet, Map<Language, ReadonlySet<string>>>();

function vocabularyOf(intents: IntentSet, language: Language): ReadonlySet<string> {
  let byLanguage = vocabularies.get(intents);
  if (!byLanguage) vocabularies.set(intents, (byLanguage = new Map()));
  let words = byLanguage.get(language);
  if (!words) {
    const found = new Set<string>();
    for (const byRule of Object.values(intents))
      for (const rule of byRule[language] ?? [])
        for (const group of compileRule(rule, language).groups)
          for (const parts of group.terms) for (const part of parts) if (part.kind === 'word') found.add(part.token.folded);
    byLanguage.set(language, (words = found));
  }
  return words;
}

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
    // A name's anchor may reuse a word another group found: it is reported, and counted, once.
    const fresh = found.filter((position) => !used!.has(position));
    for (const position of fresh) used.add(position);
    wordsByGroup[index] = fresh.map((position) => reply.tokens[position]!.word);
  }
  return wordsByGroup.flat();
}

/**
 * Deterministic, explainable matching: returns every intent that fired, each with its first
 * rule that fired and the words of the reply that made it fire.
 */
export function matchIntents(text: string, intents: IntentSet, language: Language): IntentMatch[] {
  const reply = new ReplyWords(tokenize(text, language), profiles[language], vocabularyOf(intents, language));
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
