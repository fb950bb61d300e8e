import type { Language } from '../format/schema.js';
import { profiles } from './languages.js';
import { stemOf } from './stems.js';

export interface Token {
  /** The word as typed (lower case, without accents), for explanations. */
  word: string;
  stem: string;
  /** German also spells umlauts "ae", "oe", "ue" ("fuer" for "für"): both fold to "fur" for comparison. */
  folded: string;
  /** A function word: may sit between the words of a term, is never a name. */
  stop: boolean;
  negation: boolean;
  /** Which clause of the reply (split at . , ; : ! ? ¿ ¡): a term never spans two clauses. */
  clause: number;
}

/** Lower case, accents and punctuation removed, apostrophes split ("dell'assistenza" → "dell assistenza"). */
export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words of one clause, with elided articles dropped or apostrophes glued as the language writes them. */
function clauseWords(clause: string, language: Language): string[] {
  const profile = profiles[language];
  const words: string[] = [];
  for (const raw of clause.split(/[^\p{L}\p{N}']+/u)) {
    if (profile.joinApostrophes) {
      const joined = raw.replace(/'/g, '');
      if (joined) words.push(joined);
      continue;
    }
    const parts = raw.split("'").filter(Boolean);
    parts.forEach((part, index) => {
      // Only a fragment before an apostrophe is an elision: "po'" keeps "po".
      if (index < parts.length - 1 && profile.elisions.has(part)) return;
      words.push(part);
    });
  }
  return words;
}

export function tokenize(text: string, language: Language): Token[] {
  const profile = profiles[language];
  const clean = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´ʼ]/g, "'");
  const tokens: Token[] = [];
  clean.split(/[.,;:!?¿¡…()\n]+/).forEach((clause, index) => {
    for (const word of clauseWords(clause, language)) {
      tokens.push({
        word,
        stem: stemOf(word, language),
        folded: language === 'de' ? word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : word,
        stop: profile.stopWords.has(word),
        negation: profile.negations.has(word),
        clause: index,
      });
    }
  });
  return tokens;
}
