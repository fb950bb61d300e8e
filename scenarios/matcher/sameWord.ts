import { distance } from 'fastest-levenshtein';
import type { LanguageProfile } from './languages.js';
import type { Token } from './normalize.js';

/** Typos tolerated: none under 5 letters (too many false friends: "casa"/"cassa"), one from 5, two from 9. */
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

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A typo within budget, measured on the shorter word, and never on the first letter (people rarely miss it, false friends often differ there). */
function closeEnough(typed: string, expected: string): boolean {
  const budget = typoBudget(Math.min(typed.length, expected.length));
  if (budget === 0 || typed[0] !== expected[0]) return false;
  return swapsOneNeighbour(typed, expected) || distance(typed, expected) <= budget;
}

/**
 * German compounds end with the word they are a kind of: a "Kundennummer" is a "Nummer", a
 * "Fachabteilung" an "Abteilung". Only the end counts: a "Datenvolumen" is not "Daten".
 */
function inCompound(typed: Token, expected: Token): boolean {
  const endsWith = (long: string, short: string) => short.length >= 4 && long.length >= short.length + 3 && long.endsWith(short);
  return endsWith(typed.folded, expected.folded) || endsWith(typed.stem, expected.stem);
}

export function sameWord(typed: Token, expected: Token, profile: LanguageProfile): boolean {
  if (typed.word === expected.word || typed.folded === expected.folded) return true;
  // Same stem, but a stem under 4 letters only counts when the words agree further: "capisco"/"capito" yes, "capisco"/"capo" no.
  if (typed.stem === expected.stem && (typed.stem.length >= 4 || sharedPrefix(typed.word, expected.word) >= 4)) return true;
  // Function words are matched exactly: a typo of "la" is "le", a different word.
  if (expected.stop) return false;
  if (closeEnough(typed.folded, expected.folded)) return true;
  if (typed.stem.length >= 5 && expected.stem.length >= 5 && closeEnough(typed.stem, expected.stem)) return true;
  return profile.compounds && inCompound(typed, expected);
}

/** For "=word" terms: that form or a typo of it, but not another form of the same word ("aspetta" is not a typo of "aspetti"). */
export function sameForm(typed: Token, expected: Token): boolean {
  if (typed.word === expected.word || typed.folded === expected.folded) return true;
  return typed.stem !== expected.stem && !expected.stop && closeEnough(typed.folded, expected.folded);
}
