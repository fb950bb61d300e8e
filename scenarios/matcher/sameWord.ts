import { distance } from 'fastest-levenshtein';
import type { LanguageProfile } from './languages.js';
import type { Token } from './normalize.js';

/** Typos tolerated: none under 5 letters (too many false friends: "casa"/"cassa"), one from 5, two from 10. */
function typoBudget(length: number): number {
  if (length >= 10) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** The rule as first written, on code points: kept for the rare word with a character outside the BMP. */
function swapsOneNeighbourByCodePoint(a: string, b: string): boolean {
  const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * Two neighbouring letters swapped ("clinete" for "cliente") count as one typo, not two. Runs for
 * many word pairs on every reply, so it walks the strings instead of spreading them into arrays.
 */
function swapsOneNeighbour(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    if (isSurrogate(code)) return swapsOneNeighbourByCodePoint(a, b);
    if (code === b.charCodeAt(i)) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return false;
  }
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * A typo within budget, measured on the shorter word, and never in the first two letters: people
 * rarely miss them, and distinct words and compounds often differ there ("abschließend" is not
 * "anschließen", "bornée" is not "bonne").
 */
function closeEnough(typed: string, expected: string): boolean {
  const budget = typoBudget(Math.min(typed.length, expected.length));
  if (budget === 0 || typed[0] !== expected[0] || typed[1] !== expected[1]) return false;
  // A distance is at least the difference in length, and a swap keeps the length: no need to compute either.
  if (Math.abs(typed.length - expected.length) > budget) return false;
  return swapsOneNeighbour(typed, expected) || distance(typed, expected) <= budget;
}

const endsWith = (long: string, short: string) => short.length >= 4 && long.length >= short.length + 3 && long.endsWith(short);

/**
 * German compounds end with the word they are a kind of: a "Kundennummer" is a "Nummer", a
 * "Fachabteilung" an "Abteilung". Only the end counts: a "Datenvolumen" is not "Daten".
 */
function inCompound(typed: Token, expected: Token): boolean {
  return endsWith(typed.folded, expected.folded) || endsWith(typed.stem, expected.stem);
}

/**
 * `known`: the reply's word is itself a word of some term of the rules being matched: it is that
 * word, not a typo of another one, so it matches by form, stem or compound only.
 */
export function sameWord(typed: Token, expected: Token, profile: LanguageProfile, known = false): boolean {
  if (typed.word === expected.word || typed.folded === expected.folded) return true;
  // Same stem, but a stem under 4 letters only counts when the words agree further: "capisco"/"capito" yes, "capisco"/"capo" no.
  if (typed.stem === expected.stem && (typed.stem.length >= 4 || sharedPrefix(typed.word, expected.word) >= 4)) return true;
  // Function words are matched exactly: a typo of "la" is "le", a different word.
  if (expected.stop) return false;
  if (known) return profile.compounds && inCompound(typed, expected);
  if (closeEnough(typed.folded, expected.folded)) return true;
  if (typed.stem.length >= 5 && expected.stem.length >= 5 && closeEnough(typed.stem, expected.stem)) return true;
  return profile.compounds && inCompound(typed, expected);
}

/** For "=word" terms: that form or a typo of it, but not another form of the same word ("aspetta" is not a typo of "aspetti"). */
export function sameForm(typed: Token, expected: Token, known = false): boolean {
  if (typed.word === expected.word || typed.folded === expected.folded) return true;
  return !known && typed.stem !== expected.stem && !expected.stop && closeEnough(typed.folded, expected.folded);
}
