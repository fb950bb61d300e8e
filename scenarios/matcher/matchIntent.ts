import { distance } from 'fastest-levenshtein';
import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { tokenize, type Token } from './normalize.js';

/** Typos tolerated: none for short words (too many false friends), one from 5 letters, two from 9. */
function typoBudget(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Two neighbouring letters swapped ("clinete" for "cliente") count as one typo, not two. */
function swapsOneNeighbour(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

function sameWord(typed: Token, expected: Token): boolean {
  if (typed.stem === expected.stem || typed.word === expected.word) return true;
  const budget = typoBudget(expected.word.length);
  if (budget === 0) return false;
  if (swapsOneNeighbour(typed.word, expected.word)) return true;
  return distance(typed.word, expected.word) <= budget || distance(typed.stem, expected.stem) <= budget;
}

/**
 * Finds a term (one or more words) in the reply: its words in order, allowing one filler word
 * between them ("posso aiutarla" matches "posso davvero aiutarla"). Returns the words matched.
 */
function findTerm(reply: Token[], term: Token[]): string[] | null {
  for (let start = 0; start < reply.length; start++) {
    const matched: string[] = [];
    let position = start;
    for (const expected of term) {
      let found = -1;
      for (let look = position; look < Math.min(reply.length, position + (matched.length ? 2 : 1)); look++) {
        const candidate = reply[look];
        if (candidate && sameWord(candidate, expected)) {
          found = look;
          break;
        }
      }
      if (found < 0) break;
      matched.push(reply[found]!.word);
      position = found + 1;
    }
    if (matched.length === term.length) return matched;
  }
  return null;
}

/**
 * Deterministic, explainable matching: a rule fires when every one of its groups has a term
 * present in the reply, in any order. Returns every intent that fired, each with its first rule.
 */
export function matchIntents(text: string, intents: IntentSet, language: Language): IntentMatch[] {
  const reply = tokenize(text, language);
  const matches: IntentMatch[] = [];
  for (const [intent, byLanguage] of Object.entries(intents)) {
    const rules = byLanguage[language] ?? [];
    for (const rule of rules) {
      const words: string[] = [];
      const fired = rule.all.every((group) => {
        for (const term of group) {
          const found = findTerm(reply, tokenize(term, language));
          if (found) {
            words.push(...found);
            return true;
          }
        }
        return false;
      });
      if (fired) {
        matches.push({ intent, rule: rule.id, words });
        break;
      }
    }
  }
  return matches;
}
