import type { PhraseBook } from './types.js';

// The loader lives apart from the types so the language files, which import the types, form no cycle with it.
/** Each language's book is its own chunk, loaded when the phrase book first opens. */
export function loadPhraseBook(language: string): Promise<PhraseBook> {
  switch (language) {
    case 'en':
      return import('./en.js').then((module) => module.phraseBook);
    case 'fr':
      return import('./fr.js').then((module) => module.phraseBook);
    case 'de':
      return import('./de.js').then((module) => module.phraseBook);
    case 'es':
      return import('./es.js').then((module) => module.phraseBook);
    default:
      return import('./it.js').then((module) => module.phraseBook);
  }
}
