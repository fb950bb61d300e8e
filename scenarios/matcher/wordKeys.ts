import type { Token } from './normalize.js';

/**
 * What a reply's word and an expected word must have in common for sameWord or sameForm
 * (sameWord.ts) to hold, as keys for a map lookup:
 * - forms: the same word, fold or stem (a stem only for sameWord: sameForm wants that very form);
 * - initials: a typo needs 5 letters and the same first letter, on the folded word or the stem;
 * - endings: a German compound ends with the word, 4 letters at least, folded or stemmed.
 * A reply's words are indexed by all their keys and an expected word looks its keys up: what is
 * found is a superset of the matches, which sameWord or sameForm then decide.
 */
export interface WordKeys {
  forms: string[];
  initials: string[];
  endings: string[];
}

/** Minimum length for a typo to be tolerated at all (typoBudget in sameWord.ts). */
const typoMinLength = 5;
/** Minimum length of a compound's last word (inCompound in sameWord.ts). */
const compoundMinLength = 4;

const ending = (word: string) => word.slice(-compoundMinLength);

/** The keys of a word of the reply: every way it could meet an expected word. (Repeats are harmless here: the index keeps a position once.) */
export function typedKeys(token: Token, compounds: boolean): WordKeys {
  const initials: string[] = [];
  if (token.folded.length >= typoMinLength) initials.push(token.folded[0]!);
  if (token.stem.length >= typoMinLength) initials.push(token.stem[0]!);
  return {
    forms: [token.word, token.folded, token.stem],
    initials,
    endings: compounds ? [ending(token.folded), ending(token.stem)] : [],
  };
}

/**
 * The keys of an expected word, `exact` for a "=word" term (sameForm): no stem, no compound. As few
 * lookups as will do: each key once (a word is usually its own fold, its stem starts with its first
 * letter), and no forms when the initials already find them.
 */
export function expectedKeys(token: Token, exact: boolean, compounds: boolean): WordKeys {
  // Function words are matched exactly, never by typo or compound.
  if (token.stop) return { forms: [...new Set([token.word, token.folded, ...(exact ? [] : [token.stem])])], initials: [], endings: [] };
  const initials: string[] = [];
  const endings: string[] = [];
  if (token.folded.length >= typoMinLength) initials.push(token.folded[0]!);
  if (!exact && token.stem.length >= typoMinLength) initials.push(token.stem[0]!);
  if (!exact && compounds) {
    if (token.folded.length >= compoundMinLength) endings.push(ending(token.folded));
    if (token.stem.length >= compoundMinLength) endings.push(ending(token.stem));
  }
  // A reply's word with the same fold (the same word, for German too) or the same stem has the same
  // first letter and length: when both are long enough for a typo, the initials already find it.
  const longEnough = token.folded.length >= typoMinLength && (exact || token.stem.length >= typoMinLength);
  const forms = longEnough ? [] : [token.word, token.folded, ...(exact ? [] : [token.stem])];
  return { forms: [...new Set(forms)], initials: [...new Set(initials)], endings: [...new Set(endings)] };
}
