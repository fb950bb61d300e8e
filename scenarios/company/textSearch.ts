import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import snowball from 'snowball-stemmers';
import { plainWords } from '../matcher/normalize.js';

/** Words too common to tell documents apart (Italian and English, accents already stripped). */
const stopWords = new Set(
  (
    'il lo la i gli le un uno una di a da in con su per tra fra e o ed ma che non si se del dello della dei degli delle al allo alla ai agli ' +
    'alle dal dallo dalla dai dagli dalle nel nello nella nei negli nelle sul sullo sulla sui sugli sulle come mi ti ci vi ne e sono ha ho hanno ' +
    'cosa quando dove perche quale quali mio mia suo sua l d un all dell nell sull c the an of to on for and or is are with how what my your it'
  ).split(' '),
);

const italian = snowball.newStemmer('italian');
/** The stemmer takes tens of microseconds a word; a knowledge base has a few thousand distinct words. */
const stems = new Map<string, string>();

/** Lower case, no accents, apostrophes split (by the tokenizer), stop words dropped, Italian stems ("spie rosse" ≈ "spia rossa"). */
export function processTerm(term: string): string | null {
  if (stopWords.has(term)) return null;
  let stem = stems.get(term);
  if (stem === undefined) {
    if (stems.size > 50_000) stems.clear();
    stem = italian.stem(term);
    stems.set(term, stem);
  }
  return stem;
}

export const searchOptions: SearchOptions = {
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
};

/** An Italian-friendly full-text index over some fields of T, keyed by `id`. */
export function buildIndex<T extends { id: string }>(
  documents: readonly T[],
  fields: Record<string, (doc: T) => string>,
  boost: Record<string, number>,
): MiniSearch<T> {
  const index = new MiniSearch<T>({
    fields: Object.keys(fields),
    extractField: (doc, field) => (field === 'id' ? doc.id : (fields[field]?.(doc) ?? '')),
    tokenize: (text) => plainWords(text),
    processTerm,
    searchOptions: { ...searchOptions, boost },
  });
  index.addAll([...documents]);
  return index;
}

/** Groups of words that mean the same to a searcher, across the contact languages ("estero", "abroad", "Ausland"). */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * The words a query's words stand for in other languages, missing from the query itself. The content is
 * written in Italian (and a little English): a trainee on a German call types "Router rote Lampe".
 */
export function synonymsOf(groups: SynonymGroups): (query: string) => string[] {
  const alike = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = group.flatMap((entry) => plainWords(entry));
    for (const word of words) {
      const set = alike.get(word) ?? new Set<string>();
      for (const other of words) set.add(other);
      alike.set(word, set);
    }
  }
  return (query) => {
    const typed = plainWords(query);
    const extra = new Set(typed.flatMap((word) => [...(alike.get(word) ?? [])]));
    for (const word of typed) extra.delete(word);
    return [...extra];
  };
}

/** Synonyms count less than the words typed, and only as whole words, so they widen a search without reordering an exact one. */
const synonymSearch: SearchOptions = { boostTerm: () => 0.4, prefix: false, fuzzy: false };

/** Ranked ids and scores; a query that is exactly a document id puts that document first. */
export function rankedIds(
  index: MiniSearch,
  query: string,
  ids: ReadonlySet<string>,
  filter?: (id: string) => boolean,
  synonyms: readonly string[] = [],
): { id: string; score: number }[] {
  const wanted = query.trim().toUpperCase();
  const search: Query =
    synonyms.length > 0 ? { combineWith: 'OR', queries: [query, { ...synonymSearch, queries: [synonyms.join(' ')] }] } : query;
  const ranked = index.search(search).flatMap((result) => {
    const id: unknown = result.id;
    return typeof id === 'string' && (!filter || filter(id)) ? [{ id, score: result.score }] : [];
  });
  if (!ids.has(wanted) || (filter && !filter(wanted))) return ranked;
  const top = ranked[0]?.score ?? 1;
  return [{ id: wanted, score: top + 1 }, ...ranked.filter((r) => r.id !== wanted)];
}
