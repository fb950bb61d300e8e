import type { IntentSet, Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import { type ExampleGuess, guessIntent } from './exampleModel.js';
import { namesItsObject } from './namesItsObject.js';
import { namesTheHold } from './namesTheHold.js';
import { unnegatedRest } from './negatedGuess.js';
import { statesAThingUnlikeItsExemplar } from './opensWithAThing.js';
import { rudeAct } from './rudeness.js';
import { type GuessThresholds, thresholds } from './thresholds.js';

/**
 * The words that carry meaning: not hesitations ("mmm", "ehm", "äh", "euh") nor words of one or two
 * letters ("e", "so", "y"). "Mmm, e quindi?" is one word long, and as short as "Quindi?".
 */
const hesitation = /^(?:(.)\1+|e+h+m*|e+m+|u+h*m+|h+m+|ä+h*m*|e+u+h+|a+h+|o+h+)$/;
const meaningfulWords = (text: string) => plainWords(text).filter((word) => word.length > 2 && !hesitation.test(word));

/**
 * A negated act is not the act: when the reply negates words it shares with the nearest exemplar
 * of the guess ("Non ho capito bene il modello"), the guess must still hold on the rest of the
 * reply, said without them. See negatedGuess.ts.
 */
function restsOnNegatedWords(said: string, guess: ExampleGuess, bar: GuessThresholds, language: Language): boolean {
  const rest = unnegatedRest(said, guess.intent, guess.nearest, language);
  if (rest === null) return false;
  const again = rest.trim() === '' ? null : guessIntent(rest, language);
  return !again || again.intent !== guess.intent || again.confidence < bar.minConfidence;
}

/**
 * Whether the exemplars' guess is sure enough to credit: the classifier and the nearest exemplars
 * agree above the intent's bars, and no reading of the words undoes it. `said` is the reply less any
 * refused clause; `whole` is the whole reply (rudeness is read from all of it).
 */
export function guessHolds(guess: ExampleGuess, said: string, whole: string, intents: IntentSet, language: Language): boolean {
  const bar = thresholds.byIntent[guess.intent] || thresholds;
  // A reply of a word or two ("Grazie.", "Buon giorno!", "Mmm, e quindi?") is like many exemplars of many intents: only a near copy of one counts.
  const short = plainWords(said).length <= thresholds.shortReply.words || meaningfulWords(said).length <= 1;
  return (
    (!short || guess.similarity >= thresholds.shortReply.minSimilarity) &&
    guess.score >= bar.minScore &&
    guess.confidence >= bar.minConfidence &&
    guess.similarity >= bar.minSimilarity &&
    guess.neighbourShare >= bar.minShare &&
    (guess.intent !== 'rude' || guess.neighbourShare >= thresholds.rudeWithoutAct.minShare || rudeAct(whole, language) !== null) &&
    guess.noneMargin >= (('minNoneMargin' in bar && bar.minNoneMargin) || thresholds.minNoneMargin) &&
    (!(thresholds.nearestMustAgree || ('nearestMustAgree' in bar && bar.nearestMustAgree)) || guess.nearestIntent === guess.intent) &&
    !restsOnNegatedWords(said, guess, bar, language) &&
    (guess.intent !== 'thankAfterHold' || namesTheHold(said, language)) &&
    namesItsObject(said, guess.intent, intents, language) &&
    !statesAThingUnlikeItsExemplar(said, guess.intent, guess.nearest, language)
  );
}
