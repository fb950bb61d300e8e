import { createRequire } from 'node:module';
import type { Language } from '../format/schema.js';

interface Stemmer {
  tokenizer: unknown;
  tokenizeAndStem(text: string, keepStops?: boolean): string[];
}
type StemmerClass = new () => Stemmer;
type TokenizerClass = new () => unknown;

// NLP.js's language packages are CommonJS without types: loaded through require, typed here by hand.
const require = createRequire(import.meta.url);
const packages: Record<Language, string> = {
  it: '@nlpjs/lang-it',
  en: '@nlpjs/lang-en-min',
  fr: '@nlpjs/lang-fr',
  de: '@nlpjs/lang-de',
  es: '@nlpjs/lang-es',
};
const classNames: Record<Language, string> = { it: 'It', en: 'En', fr: 'Fr', de: 'De', es: 'Es' };

const stemmers = new Map<Language, Stemmer>();

function stemmerFor(language: Language): Stemmer {
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    const module = require(packages[language]) as Record<string, StemmerClass | TokenizerClass>;
    const Stemmer = module[`Stemmer${classNames[language]}`] as StemmerClass;
    const Tokenizer = module[`Tokenizer${classNames[language]}`] as TokenizerClass;
    stemmer = new Stemmer();
    stemmer.tokenizer = new Tokenizer();
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

/** The reply's stems, as NLP.js's tokeniser and stemmer for the language give them (lower case, accents folded). */
export function replyStems(text: string, language: Language): string[] {
  return stemmerFor(language)
    .tokenizeAndStem(text, true)
    .filter((stem) => stem !== '');
}

/**
 * What the classifier sees: the reply's stems, as NLP.js's own intent classifier feeds them, and
 * whether it asks. Pairs of stems (dev split), and groups of four letters (5-fold over train+dev),
 * were tried too: fewer replies right and training many times slower. Letter groups serve the
 * nearest-exemplar vote instead (neighbours.ts).
 */
export function replyFeatures(text: string, language: Language): Record<string, number> {
  const features: Record<string, number> = {};
  for (const stem of replyStems(text, language)) features[stem] = 1;
  // A question asks ("il suo codice fiscale?"); the same words said flat report ("il codice fiscale risulta corretto").
  if (text.includes('?')) features['?question'] = 1;
  return features;
}
