import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { sharedIntents } from '../intents/sharedIntents.js';
import { matchIntents } from '../matcher/matchIntent.js';
import { guessIntent, intentActivations, loadExampleModels } from './exampleModel.js';
import { hasRefusal, isRefused, refusedClauses } from './refusals.js';
import { screenReply, type ReplyNote } from './screenReply.js';
import { thresholds } from './thresholds.js';

/** What the recogniser may know of the moment a reply is said. */
export interface ReplyContext {
  /** True while the trainee has not spoken yet in this call: a thank-you then opens, it does not close. */
  opening?: boolean;
}

export interface Understanding {
  intents: IntentMatch[];
  /** Why nothing (or less) was credited, when the reply itself is the reason. */
  note?: ReplyNote;
}

/** The rule id of a match the example-based recogniser made: its explanation is its confidence and nearest exemplars. */
export const exampleRule = 'examples';

/**
 * A scenario may replace a shared intent with its own rules (another company's name): the
 * exemplars, written for the shared one, then credit nothing for it. Scenario intents with
 * exemplars of their own (a train file of their name) are credited as any other.
 */
const creditable = (intent: string, intents: IntentSet) =>
  intent in intents && (!(intent in sharedIntents) || intents[intent] === sharedIntents[intent]);

const credited = (matches: IntentMatch[], intent: string) => matches.find((match) => match.intent === intent);

/**
 * Acts that one reply cannot be at once. Two rules that fired on the same words read them two
 * ways: the longer evidence wins ("if I understand" reflects back, it is not "I understand";
 * "my name is Fatima, how can I help" greets, it does not ask for a name). A sorry said while
 * dismissing the caller ("not my problem, sorry") or for the wait just ended ("sorry to keep you,
 * thanks") is not empathy; a greeting's "thank you for calling" does not close.
 */
function resolveOverlaps(matches: IntentMatch[]): IntentMatch[] {
  const greeting = credited(matches, 'greeting');
  return matches.filter((match) => {
    if (match.intent === 'empathy' && (credited(matches, 'rude') || credited(matches, 'thankAfterHold'))) return false;
    if (greeting && match.intent === 'closing') return false;
    // "Thanks for bearing with me" ends a hold; "bye, thanks for your patience" ends the call.
    if (match.intent === 'askHold' && credited(matches, 'thankAfterHold')) return false;
    if (match.intent === 'thankAfterHold' && credited(matches, 'closing')) return false;
    const words = new Set(match.words);
    return !matches.some(
      (other) => other !== match && other.words.length > match.words.length && other.words.some((word) => words.has(word)),
    );
  });
}

/**
 * When several rules fire, the exemplars say which reading the reply is like: a rule whose intent
 * the classifier gives almost nothing, beside one it is sure of, read a word out of its sense
 * ("Le chiedo scusa a nome di tutti noi" names no one). Replies that really do two things keep both.
 */
function settleDisagreement(matches: IntentMatch[], text: string, language: Language): IntentMatch[] {
  const ruled = matches.filter((match) => match.rule !== exampleRule && match.intent !== 'rude');
  if (ruled.length < 2) return matches;
  const activation = intentActivations(text, language);
  const sure = ruled.some((match) => (activation[match.intent] ?? 0) >= thresholds.settleSure);
  if (!sure) return matches;
  return matches.filter((match) => !ruled.includes(match) || (activation[match.intent] ?? 0) >= thresholds.settleDrop);
}

/**
 * Understands a reply in full: the rules (explainable by the words that fired), less the acts a
 * refusal or rudeness undoes, plus the example-based guess when the rules found nothing and the
 * guess is sure enough. Never throws: bad input gets a note and no intent.
 */
export function understand(text: string, intents: IntentSet, language: Language, context: ReplyContext = {}): Understanding {
  const screen = screenReply(text, language);
  if (screen.note && screen.note !== 'otherLanguage') return { intents: [], note: screen.note };
  const clauses = refusedClauses(screen.text, language);
  let matches = matchIntents(screen.text, intents, language).filter((match) => match.intent === 'rude' || !isRefused(clauses, match.words));
  // Another language's reply keeps what its scenario's own rules say (an "avoided: speaks Italian" item), no guess is added.
  if (!screen.note && !matches.some((match) => match.intent !== 'rude' || !thresholds.guessAlongsideRules)) {
    const guess = guessIntent(screen.text, language);
    const sure =
      guess &&
      guess.score >= thresholds.minScore &&
      guess.confidence >= thresholds.minConfidence &&
      guess.similarity >= thresholds.minSimilarity &&
      (!thresholds.nearestMustAgree || guess.nearestIntent === guess.intent);
    if (guess && sure && creditable(guess.intent, intents) && (guess.intent === 'rude' || !hasRefusal(clauses))) {
      if (!matches.some((match) => match.intent === guess.intent)) {
        matches.push({
          intent: guess.intent,
          rule: exampleRule,
          words: [],
          confidence: Number(guess.confidence.toFixed(3)),
          exemplars: guess.nearest,
        });
      }
    }
  }
  matches = resolveOverlaps(matches);
  if (!screen.note) matches = settleDisagreement(matches, screen.text, language);
  // "Grazie per aver chiamato" before the trainee has said anything opens the call.
  if (context.opening) matches = matches.filter((match) => match.intent !== 'closing');
  return screen.note ? { intents: matches, note: screen.note } : { intents: matches };
}

/**
 * The one way in to understanding a trainee's reply: the engine, the CLI, the bench and the tests
 * all call this (or understand, for the note). Returns the intents credited.
 */
export function understandReply(text: string, intents: IntentSet, language: Language, context: ReplyContext = {}): IntentMatch[] {
  return understand(text, intents, language, context).intents;
}

/** Loads what understanding needs before the first reply; awaited at start by the server, the CLI, the bench and the tests. */
export async function prepareUnderstanding(): Promise<{ trainedMs: number; fromCache: boolean }> {
  return loadExampleModels();
}
