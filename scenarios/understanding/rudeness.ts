import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { allSharedIntents } from '../intents/sharedIntents.js';
import { plainWords } from '../matcher/normalize.js';
import de from './rudeness/de.json' with { type: 'json' };
import en from './rudeness/en.json' with { type: 'json' };
import es from './rudeness/es.json' with { type: 'json' };
import fr from './rudeness/fr.json' with { type: 'json' };
import it from './rudeness/it.json' with { type: 'json' };

/**
 * Rudeness read as acts, per language (rudeness/<lang>.json): dismissing the caller ("not my problem"),
 * blaming them ("you should have read the contract"), refusing to help with no alternative ("what
 * do you want me to do?"), hurrying or silencing them, belittling them, impatience ("I already told
 * you") and sarcasm ("yeah, right"). Each act is a list of phrases; a phrase is read on its own
 * words, negation included, because rudeness is so often said with one ("Ce n'est pas mon
 * problème", "No es usted muy listo"): the matcher's rule that a negation cancels a term does not
 * apply here. Polite look-alikes ("non è colpa sua", "no problem at all") cancel a phrase they overlap,
 * and one anywhere in the reply vetoes a rude guess of the exemplars.
 *
 * Phrase syntax: words as typed (accents and apostrophes are folded as the matcher folds them),
 * `a/b` for either word, `word*` for any ending, `…` for up to three words of the same sentence
 * (none a negation), `^` and `.` for a sentence's start and end ("e basta .", "^ punto .").
 */
interface LanguageActs {
  acts: Record<string, string[]>;
  polite: string[];
  /** An alternative offered ("…but I can transfer you"): then a refusal or a "not my department" is no dismissal. */
  offers: string[];
}

interface Phrase {
  source: string;
  pattern: RegExp;
  /** The same pattern, global, to find every place it matches: compiled once, not at each reply. */
  everywhere: RegExp;
}

interface CompiledActs {
  acts: { act: string; phrases: Phrase[] }[];
  polite: Phrase[];
  offers: Phrase[];
}

/** One word of a phrase as a regular expression over folded words ("apáñese" → "apanese"). */
function wordPattern(word: string): string {
  return word
    .split('/')
    .map((alternative) => {
      const prefix = alternative.endsWith('*');
      const folded = plainWords(prefix ? alternative.slice(0, -1) : alternative).join(' ');
      return folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (prefix ? '[^ |^.]*' : '');
    })
    .join('|');
}

/**
 * Up to three words of the same sentence, none a negation: "you set it up … wrong" is blame,
 * "Sie haben nichts falsch gemacht" is not.
 */
const negations = 'non|not|no|never|nothing|nicht|nichts|nie|kein|keine|pas|rien|jamais|ne|n|nunca|nada|ni';
const gap = `(?: (?!(?:${negations}) )[^ |^.]+){0,3}`;

function compilePhrase(source: string): Phrase {
  const parts = source
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word === '…' || word === '...' ? gap : word === '^' || word === '.' ? ` \\${word}` : ` (?:${wordPattern(word)})`));
  // A gap is written between two words: the space before the next word is its own.
  const pattern = `${parts.join('')}(?= )`;
  return { source, pattern: new RegExp(pattern, 'u'), everywhere: new RegExp(pattern, 'gu') };
}

const compiled = Object.fromEntries(
  Object.entries({ it, en, fr, de, es } as Record<string, LanguageActs>).map(([language, list]) => [
    language,
    {
      acts: Object.entries(list.acts).map(([act, phrases]) => ({ act, phrases: phrases.map(compilePhrase) })),
      polite: list.polite.map(compilePhrase),
      offers: list.offers.map(compilePhrase),
    },
  ]),
) as Partial<Record<Language, CompiledActs>>;

/** The reply as folded words, each sentence between "^" and ".", parted by "|", every word between spaces: " ^ ma che vuole . | ^ non lo so . ". */
function foldedSentences(text: string): string {
  const sentences = text
    .replace(/[’‘`´ʼ]/g, "'")
    .split(/[.!?;…¿¡\n]+/)
    .map((sentence) => plainWords(sentence).join(' '))
    .filter(Boolean);
  return ` ${sentences.map((sentence) => `^ ${sentence} .`).join(' | ')} `;
}

interface Span {
  from: number;
  to: number;
}

const spans = (phrase: Phrase, folded: string): Span[] => {
  const found: Span[] = [];
  // matchAll works on a copy of the expression, so the shared one's lastIndex never moves.
  for (const match of folded.matchAll(phrase.everywhere)) found.push({ from: match.index, to: match.index + match[0].length });
  return found;
};

/** The acts an alternative offered in the same reply undoes: "not my department, but I'll put you through" helps. */
const alternativeUndoes = new Set(['dismisses', 'refusesToHelp']);

export interface RudeAct {
  /** Which act: dismisses, blames, refusesToHelp, hurriesOrSilences, belittles, impatience, sarcasm. */
  act: string;
  /** The phrase of the list that matched, as written. */
  phrase: string;
  /** The reply's words it matched, for the monitor. */
  words: string[];
}

/** The first rude act the reply performs, or null; a polite phrase that holds its words cancels it. */
export function rudeAct(text: string, language: Language): RudeAct | null {
  const list = compiled[language];
  if (!list) return null;
  const folded = foldedSentences(text);
  const polite = list.polite.flatMap((phrase) => spans(phrase, folded));
  const offers = offersAlternative(text, language);
  for (const { act, phrases } of list.acts) {
    if (offers && alternativeUndoes.has(act)) continue;
    for (const phrase of phrases) {
      for (const span of spans(phrase, folded)) {
        // "non è colpa sua" holds "colpa sua"; "non è un problema mio" is longer than the polite "non è un problema".
        if (polite.some((kind) => kind.from <= span.from && span.to <= kind.to)) continue;
        return { act, phrase: phrase.source, words: folded.slice(span.from, span.to).trim().split(' ') };
      }
    }
  }
  return null;
}

/** Does the reply say something plainly considerate ("ci pensi pure con calma", "no problem at all")? */
export function politeLookAlike(text: string, language: Language): boolean {
  const folded = foldedSentences(text);
  return (compiled[language]?.polite ?? []).some((phrase) => phrase.pattern.test(folded));
}

/** Does the reply offer an alternative ("…but I can transfer you", "ma posso mandarle un tecnico")? */
function offersAlternative(text: string, language: Language): boolean {
  const folded = foldedSentences(text);
  return (compiled[language]?.offers ?? []).some((phrase) => phrase.pattern.test(folded));
}

/** The rule id a rude act is credited under: the monitor and the debrief show it with its words. */
export const rudeActRule = (act: string) => `rude-act:${act}`;

/**
 * Adds rudeness read as an act to what the rest of the recogniser credited, beside any act it
 * colours ("non posso farci niente, arrivederci" still closes); drops the exemplars' rude guess on
 * a reply that says something plainly considerate and performs no rude act. Only where the
 * scenario uses the shared `rude` intent.
 */
export function withRudeness(
  matches: IntentMatch[],
  text: string,
  intents: IntentSet,
  language: Language,
  guessRule: string,
): IntentMatch[] {
  if (!('rude' in intents) || intents.rude !== allSharedIntents.rude) return matches;
  const act = rudeAct(text, language);
  if (act) {
    // A rule's rude reading keeps its words; an exemplar guess gives way to the act, which names what was said.
    if (matches.some((match) => match.intent === 'rude' && match.rule !== guessRule)) return matches;
    const others = matches.filter((match) => match.intent !== 'rude');
    return [...others, { intent: 'rude', rule: rudeActRule(act.act), words: act.words }];
  }
  // "Not my department, but let me transfer you": a refusal with an alternative helps, whichever rule read it as rude.
  if (offersAlternative(text, language)) return matches.filter((match) => match.intent !== 'rude');
  if (politeLookAlike(text, language)) return matches.filter((match) => !(match.intent === 'rude' && match.rule === guessRule));
  return matches;
}
