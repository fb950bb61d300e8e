import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import de from './refusals/de.json' with { type: 'json' };
import en from './refusals/en.json' with { type: 'json' };
import es from './refusals/es.json' with { type: 'json' };
import fr from './refusals/fr.json' with { type: 'json' };
import it from './refusals/it.json' with { type: 'json' };

/**
 * Words that refuse or negate the act that follows them ("non le chiedo scusa", "I don't need
 * your date of birth"), and phrases that look like one but are the act ("non si preoccupi").
 * Per language, in refusals/<lang>.json, written as plainWords spells them (lower case, no accents
 * or apostrophes): authors extend the lists without touching code.
 */
interface RefusalList {
  refusals: string[];
  notRefusals: string[];
}

const lists: Record<Language, RefusalList> = { it, en, fr, de, es };

/** The words of a stretch of text, apostrophes glued ("don't" → "dont", "c'è" → "ce"), with each glued word's parts too. */
function gluedWords(text: string): { glued: string; parts: string[] }[] {
  return text
    .split(/\s+/)
    .map((raw) => ({ glued: plainWords(raw.replace(/['’]/g, '')).join(''), parts: plainWords(raw) }))
    .filter((word) => word.glued !== '');
}

const phrase = (text: string) => gluedWords(text).map((word) => word.glued);
const compiled = new Map<Language, { refusals: string[][]; notRefusals: string[][] }>();

function listFor(language: Language) {
  let list = compiled.get(language);
  if (!list) {
    list = { refusals: lists[language].refusals.map(phrase), notRefusals: lists[language].notRefusals.map(phrase) };
    compiled.set(language, list);
  }
  return list;
}

/** Where a phrase starts among the words, from `from` on, or -1. */
function indexOf(words: readonly string[], target: readonly string[], from = 0): number {
  for (let i = from; i + target.length <= words.length; i++) if (target.every((word, j) => words[i + j] === word)) return i;
  return -1;
}

/** One clause of a reply (split at . , ; : ! ?), with the words a refusal governs. */
export interface Clause {
  /** A refusal was said in this clause. */
  refusal: boolean;
  /** Words after a refusal in this clause (as typed, and as the matcher splits them): an act they name is refused. */
  refused: Set<string>;
  /** The clause as said. */
  text: string;
}

/** Splits a reply into clauses and marks, in each, the words a refusal governs. */
export function refusedClauses(text: string, language: Language): Clause[] {
  const { refusals, notRefusals } = listFor(language);
  return text.split(/[.,;:!?¿¡\n]+/).map((part) => {
    const words = gluedWords(part);
    const glued = words.map((word) => word.glued);
    // A phrase that is the act ("non si preoccupi") hides its words from the refusal search.
    const masked = [...glued];
    for (const keep of notRefusals) {
      for (let at = indexOf(masked, keep); at >= 0; at = indexOf(masked, keep, at + 1)) masked.fill('', at, at + keep.length);
    }
    const refused = new Set<string>();
    let refusal = false;
    for (const cue of refusals) {
      const at = indexOf(masked, cue);
      if (at < 0) continue;
      refusal = true;
      for (const word of words.slice(at + 1)) {
        refused.add(word.glued);
        for (const piece of word.parts) refused.add(piece);
      }
    }
    return { refusal, refused, text: part };
  });
}

/** True when any of the words an act was matched on sits after a refusal in the same clause. */
export function isRefused(clauses: Clause[], words: readonly string[]): boolean {
  return words.some((word) => clauses.some((clause) => clause.refused.has(word)));
}

/**
 * What the example-based guess may read: the clauses without a refusal. The guess names no words,
 * so a refused clause is left out whole ("I can't do that, but let me transfer you" is read from
 * "but let me transfer you"); empty when every clause refuses.
 */
export function unrefusedText(clauses: Clause[]): string {
  return clauses
    .filter((clause) => !clause.refusal && clause.text.trim() !== '')
    .map((clause) => clause.text.trim())
    .join(', ');
}

/** The clauses a refusal governs, as said: what the refused act was like. */
export function refusedText(clauses: Clause[]): string {
  return clauses
    .filter((clause) => clause.refusal)
    .map((clause) => clause.text.trim())
    .join(', ');
}
