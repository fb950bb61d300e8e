import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import lists from './holdWords.json' with { type: 'json' };

const holdWords = Object.fromEntries(Object.entries(lists).map(([language, pattern]) => [language, new RegExp(pattern)])) as Record<
  Language,
  RegExp
>;

/**
 * Thanking the caller after a hold names the hold: the wait, the patience, the time given, the
 * line kept, or the trainee being back ("grazie per la pazienza", "thanks for hanging on", "merci
 * d'avoir patienté", "danke fürs Warten", "ya estoy de vuelta"). A thank-you for something else
 * ("grazie dell'informazione", "merci de l'avoir signalé") is like those exemplars in its "thank
 * you" only: the exemplars credit thankAfterHold only to a reply that names the hold. Word
 * beginnings per language in holdWords.json, on the plain words (no accents, lower case).
 */
export function namesTheHold(text: string, language: Language): boolean {
  return plainWords(text).some((word) => holdWords[language].test(word));
}
