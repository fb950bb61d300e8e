import type { Language } from '../format/schema.js';
import { tokenize } from '../matcher/normalize.js';

/** Articles and possessives: a word after one is a thing talked about ("die Zusammenfassung Ihres Vertrags"), not a frame. */
const determiners: Record<Language, ReadonlySet<string>> = {
  it: new Set('il lo la i gli le un uno una suo sua suoi sue mio mia questo questa'.split(' ')),
  en: new Set('the a an your our my this that'.split(' ')),
  fr: new Set('le la les un une votre vos notre nos ce cette mon ma'.split(' ')),
  de: new Set('der die das den dem des ein eine einen einem einer ihr ihre ihres ihrer ihren unsere unser diese dieser'.split(' ')),
  es: new Set('el la los las un una su sus nuestro nuestra este esta mi'.split(' ')),
};

/** How far into a clause a frame may start: "Bueno, resumiendo:", "Okay, also seit wann…", "Allora riassumo…". */
const frameReach = 3;

/**
 * Does the rule's evidence frame the reply: does it open one of its clauses ("Riepilogando la
 * chiamata: …", "In summary …", "…, c'est bien ça ?"), rather than sit inside a statement as a
 * thing talked about ("Die Zusammenfassung Ihres Vertrags steht in der Mail")? A recap or a
 * paraphrase carries facts, which the exemplars read as no act; its frame is what makes it one.
 */
export function framesTheReply(text: string, words: readonly string[], language: Language): boolean {
  const tokens = tokenize(text, language);
  const first = tokens.findIndex((token) => words.includes(token.word));
  if (first < 0) return false;
  const clauseStart = tokens.findIndex((token) => token.clause === tokens[first]!.clause);
  const before = tokens[first - 1];
  return first - clauseStart < frameReach && !(before && before.clause === tokens[first]!.clause && determiners[language].has(before.word));
}
