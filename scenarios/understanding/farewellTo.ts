import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import lists from './farewells.json' with { type: 'json' };

interface FarewellList {
  farewells: string[][];
  objects: Set<string>;
  keeps: string[][];
}

const compile = (list: { farewells: string[]; objects: string[]; keeps: string[] }): FarewellList => ({
  farewells: list.farewells.map((phrase) => plainWords(phrase)),
  objects: new Set(list.objects),
  keeps: list.keeps.map((phrase) => plainWords(phrase)),
});

const byLanguage = Object.fromEntries(Object.entries(lists).map(([language, list]) => [language, compile(list)])) as Record<
  Language,
  FarewellList
>;

/** German writes the thing as one long compound ("Tschüss Papierrechnung"); a name is rarely this long. */
const compoundThing = 11;

const startsWith = (words: readonly string[], at: number, phrase: readonly string[]) => phrase.every((word, i) => words[at + i] === word);

/** Does this clause bid farewell to a thing ("addio alle penali", "goodbye to the fees", "Tschüss Papierrechnung")? */
function farewellToThing(words: readonly string[], list: FarewellList, language: Language): boolean {
  for (let at = 0; at < words.length; at++) {
    const farewell = list.farewells.find((phrase) => startsWith(words, at, phrase));
    if (!farewell) continue;
    const next = at + farewell.length;
    const word = words[next];
    if (word === undefined) continue;
    // "Arrivederci a presto", "au revoir à vous", "bye for now": the call's own goodbye.
    const kept = (from: number) => list.keeps.some((phrase) => startsWith(words, from, phrase));
    if (list.objects.has(word)) {
      // "goodbye to the fees": past the introducing words, the thing itself.
      let thing = next;
      while (thing < words.length && list.objects.has(words[thing]!)) thing++;
      if (thing < words.length && !kept(next) && !kept(thing)) return true;
    } else if (language === 'de' && word.length >= compoundThing && !kept(next)) return true;
  }
  return false;
}

/**
 * The clauses of a reply that are no goodbye to the caller: those that bid farewell to a thing
 * ("Tschüss Papierrechnung", "¡Adiós a las comisiones!", "au revoir les frais") say the thing is
 * over, they do not close the call. Returns null when no clause does; else the other clauses, as
 * said, where a real goodbye may still be ("Addio alle penali! Arrivederci").
 */
export function withoutFarewellsToThings(text: string, language: Language): string | null {
  const list = byLanguage[language];
  const clauses = text.split(/[.,;:!?¿¡\n]+/);
  const kept = clauses.filter((clause) => !farewellToThing(plainWords(clause), list, language));
  return kept.length === clauses.length ? null : kept.join(', ');
}
