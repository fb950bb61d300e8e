import snowball from 'snowball-stemmers';
import type { Language } from '../format/schema.js';

const stemmerNames: Record<Language, string> = {
  it: 'italian',
  en: 'english',
  fr: 'french',
  de: 'german',
  es: 'spanish',
};
const stemmers = new Map(Object.entries(stemmerNames).map(([lang, name]) => [lang, snowball.newStemmer(name)]));

export interface Token {
  /** The word as typed (lower case, without accents), for explanations. */
  word: string;
  stem: string;
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

export function tokenize(text: string, language: Language): Token[] {
  const stemmer = stemmers.get(language);
  return plainWords(text).map((word) => ({ word, stem: stemmer ? stemmer.stem(word) : word }));
}
