import type { Language } from '../format/schema.js';
import { profiles } from '../matcher/languages.js';
import { negationNear } from '../matcher/findTerm.js';
import { plainWords, type Token, tokenize } from '../matcher/normalize.js';

/**
 * French "ne" negates only with its second half ("ne … pas", "n'… jamais"): "vos données ne sont
 * utilisées que pour…" restricts, it denies nothing. Tokens copied with that reading.
 */
const secondHalves = new Set(['pas', 'jamais', 'rien', 'plus', 'aucun', 'aucune', 'personne', 'guere', 'nulle']);
export function readNegations(tokens: readonly Token[], language: Language): Token[] {
  if (language !== 'fr') return [...tokens];
  return tokens.map((token, i) =>
    token.negation &&
    (token.word === 'ne' || token.word === 'n') &&
    !tokens.some((other, j) => j > i && other.clause === token.clause && secondHalves.has(other.word))
      ? { ...token, negation: false }
      : token,
  );
}

/** The reply's words that carry meaning, said in the exemplar too, that the reply negates (and the exemplar does not). */
export function negatedSharedWords(reply: readonly Token[], exemplar: readonly Token[], language: Language): string[] {
  const after = profiles[language].negationAfter;
  const negatedAt = (tokens: readonly Token[], i: number) =>
    negationNear(tokens, i - 1, -1, tokens[i]!.clause) || (after.size > 0 && negationNear(tokens, i + 1, 1, tokens[i]!.clause, after));
  const affirmed = new Set(
    exemplar.filter((token, i) => !token.stop && !token.negation && !negatedAt(exemplar, i)).map((token) => token.stem),
  );
  return reply
    .filter((token, i) => !token.stop && !token.negation && affirmed.has(token.stem) && negatedAt(reply, i))
    .map((token) => token.word);
}

/** The reply without the pieces that hold these words: what the guess would rest on if they were not said. */
function without(text: string, words: readonly string[]): string {
  const gone = new Set(words);
  return text
    .split(/\s+/)
    .filter((piece) => !plainWords(piece.replace(/['’]/g, ' ')).some((word) => gone.has(word)))
    .join(' ');
}

/**
 * A negated act is not the act: the exemplars' guess rests on the words a reply shares with its
 * nearest exemplars, and "Non ho capito bene il modello" shares "capito" with "Se ho capito
 * bene…", "SMS werden nicht gespeichert" shares "gespeichert" with "Ihre Daten werden sicher
 * gespeichert". Returns the reply without the words it negates and its nearest exemplar of the
 * guessed intent affirms (null when there are none): the caller asks whether the guess still
 * holds on what is left ("Je comprends, ça ne doit pas être facile" is still empathy without
 * "doit"). Rudeness is left out: it is how an act is said, often with a "not".
 */
export function unnegatedRest(text: string, intent: string, nearest: readonly string[], language: Language): string | null {
  const closest = nearest[0];
  if (intent === 'rude' || closest === undefined) return null;
  const negated = negatedSharedWords(
    readNegations(tokenize(text, language), language),
    readNegations(tokenize(closest, language), language),
    language,
  );
  return negated.length ? without(text, negated) : null;
}
