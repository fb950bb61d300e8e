import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';

/**
 * Articles that open a sentence about a thing ("Il canone comprende…", "The refund goes…", "Der
 * Receiver geht…", "El tiempo de espera es…"). Only those that are never a pronoun there: "La
 * capisco", "Lo entiendo", "Le passo il collega" open acts addressed to the caller.
 */
const openingArticles: Record<Language, ReadonlySet<string>> = {
  it: new Set(['il', 'i']),
  en: new Set(['the']),
  fr: new Set(['les']),
  de: new Set(['der', 'das']),
  es: new Set(['el', 'los', 'las']),
};

/** Words that address the caller: a sentence about a thing said to them ("The information you give us is protected") may be an act. */
const callerWords: Record<Language, ReadonlySet<string>> = {
  it: new Set('lei le suo sua suoi sue ti tuo tua tuoi tue voi vostro vostra'.split(' ')),
  en: new Set('you your yours'.split(' ')),
  fr: new Set('vous votre vos tu ton ta tes'.split(' ')),
  de: new Set('sie ihr ihre ihren ihrem ihrer ihres ihnen du dein deine dir dich'.split(' ')),
  es: new Set('usted ustedes su sus le te tu tus'.split(' ')),
};

const opensWithArticle = (text: string, language: Language) => openingArticles[language].has(plainWords(text)[0] ?? '');

/** A statement about a thing: opens with an article, asks nothing, addresses no one. */
const aboutAThingOnly = (text: string, language: Language) =>
  opensWithArticle(text, language) && !text.includes('?') && !plainWords(text).some((word) => callerWords[language].has(word));

/**
 * A reply that opens by naming a thing, and neither asks nor addresses the caller, states something about it; a guess that rests on
 * exemplars said to the caller ("Comprendo la sua frustrazione" for "Il canone comprende le
 * chiamate") read a word out of its sentence. The exemplars credit such a reply only when its
 * nearest exemplar of the guessed intent opens the same way ("Le chiamate sono registrate…").
 */
export function statesAThingUnlikeItsExemplar(text: string, intent: string, nearest: readonly string[], language: Language): boolean {
  const closest = nearest[0];
  if (intent === 'rude' || closest === undefined) return false;
  return aboutAThingOnly(text, language) && !opensWithArticle(closest, language);
}
