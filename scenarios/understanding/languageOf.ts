import { languages } from '../../protocol/vocabulary.js';
import type { Language } from '../format/schema.js';

/**
 * Common words of each language, accent-free. Only the words no other list holds count, so "de",
 * "la" or "con" say nothing; enough of them tell which language a reply is in.
 */
const common: Record<Language, string> = {
  it: 'il lo gli della delle dello che non per sono mi ho ha questo questa lei suo sua grazie buongiorno attimo perche anche cosa come dove quando gia pure ci sia abbiamo molto adesso subito allora',
  en: 'the and you your is are to of for it this that i we can have be will with please thanks thank not what my me on how would could our just',
  fr: 'les des est et vous votre je pour pas une du avec ce merci bonjour nous qui sur au aux mais tres cette ete avez suis',
  de: 'der die das und ist sie ich nicht mit ein eine zu den dem bitte danke ihr ihre wir auf fur haben einen moment konnen',
  es: 'el los las y usted que por para gracias buenos esta estoy muy pero como puedo su sus ha hemos tiene momento',
};

const unique: Record<Language, Set<string>> = (() => {
  const lists = Object.fromEntries(languages.map((language) => [language, new Set(common[language].split(' '))])) as Record<
    Language,
    Set<string>
  >;
  const result = {} as Record<Language, Set<string>>;
  for (const language of languages) {
    result[language] = new Set(
      [...lists[language]].filter((word) => languages.every((other) => other === language || !lists[other].has(word))),
    );
  }
  return result;
})();

/**
 * The language a reply is clearly in, or null when it cannot tell (few words, names, numbers).
 * "Clearly": at least three of its common words, three times as many as any other language's.
 */
export function languageOfWords(words: readonly string[]): Language | null {
  const counts = languages.map((language) => ({ language, count: words.filter((word) => unique[language].has(word)).length }));
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count < 3) return null;
  return first.count >= 3 * (second?.count ?? 0) ? first.language : null;
}
