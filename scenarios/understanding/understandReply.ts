import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { allSharedIntents } from '../intents/sharedIntents.js';
import { matchIntents } from '../matcher/matchIntent.js';
import { guessIntent, intentActivations, loadExampleModels, noneSupport } from './exampleModel.js';
import { isRefused, refusedClauses, refusedText, unrefusedText } from './refusals.js';
import { bareHold } from './bareHold.js';
import { framesTheReply } from './framesTheReply.js';
import { guessHolds } from './guessHolds.js';
import { withoutFarewellsToThings } from './farewellTo.js';
import { apologyForTheHold, apologyOrWaitWord } from './waitApology.js';
import { screenReply, type ReplyNote } from './screenReply.js';
import { withRudeness } from './rudeness.js';
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
  intent in intents &&
  !thresholds.rulesOnly.includes(intent) &&
  (!(intent in allSharedIntents) || intents[intent] === allSharedIntents[intent]);

const sentences = (text: string) => text.split(/[.!?;]+/).filter((sentence) => sentence.trim() !== '').length;

const credited = (matches: IntentMatch[], intent: string) => matches.find((match) => match.intent === intent);

/** "Sorry to keep you waiting" apologises for the hold just ended; "ha ragione" after it is still empathy. */
function apologyForTheWait(empathy: IntentMatch, thanks: IntentMatch | undefined): boolean {
  if (!thanks) return false;
  return (
    empathy.words.some((word) => thanks.words.includes(word)) ||
    empathy.words.some((word) => /^(sorry|apolog|scus|perdon|desol|entschuldig|disculp)/.test(word))
  );
}

/**
 * Acts that one reply cannot be at once. Two rules that fired on the same words read them two
 * ways: the longer evidence wins ("if I understand" reflects back, it is not "I understand";
 * "my name is Fatima, how can I help" greets, it does not ask for a name). A sorry said while
 * dismissing the caller ("not my problem, sorry") or for the wait just ended ("sorry to keep you,
 * thanks") is not empathy; a greeting's "thank you for calling" does not close.
 */
function resolveOverlaps(all: IntentMatch[], text: string): IntentMatch[] {
  const oneSentence = sentences(text) === 1;
  const greeting = credited(all, 'greeting');
  const matches = all.filter((match) => {
    if (match.intent === 'empathy' && (credited(all, 'rude') || apologyForTheWait(match, credited(all, 'thankAfterHold')))) return false;
    if (greeting && match.intent === 'closing') return false;
    // "Thanks for bearing with me" ends a hold; "bye, thanks for your patience" ends the call.
    if (match.intent === 'askHold' && credited(all, 'thankAfterHold')) return false;
    if (match.intent === 'thankAfterHold' && credited(all, 'closing') && oneSentence) return false;
    return true;
  });
  return matches.filter((match) => {
    // Only between shared moves: a scenario's own intent (a read-back, an explanation) may reuse their words.
    if (!(match.intent in allSharedIntents)) return true;
    // Short words ("mi", "i", "la") are shared by any two phrases: only words that carry meaning count.
    const words = new Set(match.words.filter((word) => word.length > 3));
    return !matches.some(
      (other) =>
        other !== match &&
        other.intent in allSharedIntents &&
        // Rudeness is how an act is said, not another reading of it: "nicht mein Problem, auf Wiederhören" still closes, rudely.
        other.intent !== 'rude' &&
        other.words.length > match.words.length &&
        other.words.some((word) => words.has(word)),
    );
  });
}

/**
 * When several rules fire, the exemplars say which reading the reply is like: a rule whose intent
 * the classifier gives almost nothing, beside one it is sure of, read a word out of its sense
 * ("Le chiedo scusa a nome di tutti noi" names no one). Replies that really do two things keep both.
 */
function settleDisagreement(matches: IntentMatch[], text: string, language: Language): IntentMatch[] {
  // Two sentences may well be two acts ("Mi dispiace. Mi dice il codice cliente?"): only one sentence is settled.
  if (sentences(text) > 1) return matches;
  const activation = intentActivations(text, language);
  // Scenario intents without exemplars have no activation: the classifier has no say on them.
  const ruled = matches.filter((match) => match.rule !== exampleRule && match.intent !== 'rude' && match.intent in activation);
  if (ruled.length < 2) return matches;
  const sure = ruled.some((match) => (activation[match.intent] ?? 0) >= thresholds.settleSure);
  if (!sure) return matches;
  return matches.filter((match) => !ruled.includes(match) || (activation[match.intent] ?? 0) >= thresholds.settleDrop);
}

/**
 * A shared move's rule fired, but the exemplars read the reply surely as no intent (the perceptron
 * and the nearest train replies agree): the rule read a word out of its sense. One sentence only.
 */
function vetoNone(matches: IntentMatch[], text: string, language: Language): IntentMatch[] {
  if (sentences(text) > 1 || !matches.some((match) => match.rule !== exampleRule && match.intent in allSharedIntents)) return matches;
  const none = noneSupport(text, language);
  if (none.confidence < thresholds.vetoNone.confidence || none.share < thresholds.vetoNone.share) return matches;
  return matches.filter(
    (match) =>
      match.rule === exampleRule ||
      !(match.intent in allSharedIntents) ||
      match.intent === 'greeting' ||
      // A recap or a paraphrase is made of facts, which read as no act: its frame makes it one.
      (factBearing.has(match.intent) && framesTheReply(text, match.words, language)),
  );
}

/** The acts whose words, beside their frame, are the caller's facts. */
const factBearing = new Set(['summarise', 'activeListening']);

/**
 * Two readings fixed in every language. An apology for the wait closes the hold: thankAfterHold,
 * not empathy ("Siento mucho la espera"; a wait the caller had elsewhere stays empathy, see
 * waitApology.ts). A farewell to a thing ("addio alle penali") closes no call: closing stays only
 * when another clause still says goodbye.
 */
function readWaitsAndFarewells(matches: IntentMatch[], text: string, intents: IntentSet, language: Language): IntentMatch[] {
  let read = matches;
  const apology =
    'thankAfterHold' in intents && intents.thankAfterHold === allSharedIntents.thankAfterHold && apologyForTheHold(text, language);
  if (apology && !credited(read, 'rude')) {
    // Empathy said with other words too ("scusi l'attesa, capisco il disagio") stays.
    const sorryOnly = (match: IntentMatch) => match.words.every((word) => word.length <= 3 || apologyOrWaitWord(word, language));
    read = read.filter((match) => match.intent !== 'empathy' || (match.rule !== exampleRule && !sorryOnly(match)));
    if (!credited(read, 'thankAfterHold')) read = [...read, apology];
  }
  const rest = credited(read, 'closing') ? withoutFarewellsToThings(text, language) : null;
  if (rest !== null) {
    const stillCloses = rest.trim() !== '' && matchIntents(rest, { closing: intents.closing! }, language).length > 0;
    if (!stillCloses) read = read.filter((match) => match.intent !== 'closing');
  }
  return read;
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
  // Refusals undo the shared moves only: a scenario's own rules say their negations themselves ("non deve pagare").
  const ruled = matchIntents(screen.text, intents, language);
  const keeps = (match: IntentMatch) => match.intent === 'rude' || !(match.intent in allSharedIntents) || !isRefused(clauses, match.words);
  let matches = ruled.filter(keeps);
  const refusedActs = new Set(ruled.filter((match) => !keeps(match)).map((match) => match.intent));
  const held =
    matches.length === 0 && 'askHold' in intents && intents.askHold === allSharedIntents.askHold ? bareHold(screen.text, language) : null;
  if (held) matches.push(held);
  // Another language's reply keeps what its scenario's own rules say (an "avoided: speaks Italian" item), no guess is added.
  const ruledAlready = matches.length > 0;
  if (!screen.note && (!ruledAlready || thresholds.rudeAlongsideRules)) {
    // Rudeness is read from the whole reply ("not my problem, sorry"); the other acts from what no refusal governs.
    const refusal = clauses.some((clause) => clause.refusal);
    const unrefused = refusal ? unrefusedText(clauses) : screen.text;
    const whole = guessIntent(screen.text, language);
    const rest = !refusal || whole?.intent === 'rude' ? whole : unrefused ? guessIntent(unrefused, language) : null;
    // "I won't put you on hold, I can check while we talk": what the rest is like, the refused clause was; it stays refused.
    if (refusal && rest !== whole) {
      for (const [act, activation] of Object.entries(intentActivations(refusedText(clauses), language)))
        if (activation >= thresholds.refusedActivation) refusedActs.add(act);
    }
    const guess = rest && !refusedActs.has(rest.intent) ? rest : null;
    const sure = guess !== null && guessHolds(guess, unrefused || screen.text, screen.text, intents, language);
    // Beside the rules' acts only rudeness may be added: "nothing I can do, bye" closes, rudely.
    if (guess && sure && creditable(guess.intent, intents) && (!ruledAlready || guess.intent === 'rude')) {
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
  matches = readWaitsAndFarewells(matches, screen.text, intents, language);
  matches = resolveOverlaps(matches, screen.text);
  if (!screen.note) matches = settleDisagreement(vetoNone(matches, screen.text, language), screen.text, language);
  // Rudeness read as an act (dismissing, blaming, refusing to help…): explainable, and beside the act it colours.
  if (!screen.note) matches = withRudeness(matches, screen.text, intents, language, exampleRule);
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
