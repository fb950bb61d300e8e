import snowball from 'snowball-stemmers';
import type { Language } from '../format/schema.js';
import { profiles } from './languages.js';

const stemmers = new Map(Object.entries(profiles).map(([lang, profile]) => [lang, snowball.newStemmer(profile.stemmer)]));

/**
 * Replies repeat the same few thousand words, and a snowball stem costs more than a map lookup.
 * Replies are free text, so each language's cache is emptied when it grows past this many words
 * instead of growing with every typo a trainee ever made.
 */
const maxCachedStems = 20_000;
const caches = new Map<string, Map<string, string>>();

export function stemOf(word: string, language: Language): string {
  const stemmer = stemmers.get(language);
  if (!stemmer) return word;
  let cache = caches.get(language);
  if (!cache) caches.set(language, (cache = new Map()));
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmer.stem(word);
    if (cache.size >= maxCachedStems) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
