import type { SessionEvent } from '../../protocol/events.js';
import type { Scenario } from '../format/schema.js';
import { questionIntentNames } from '../intents/callerIntents.js';
import { factLine, factsOf, reactionLine } from './facts.js';

/** What the caller has heard and is waiting to say: the script machine's context beside its lines and mood. */
export interface Listening {
  /** Intents the trainee has said so far in the call. */
  heard: string[];
  /** The trainee's last reply, normalised, to notice a reply said again word for word. */
  lastReply: string | null;
  /** Lines about a console action the caller has not been told of yet, and the cue that tells it. */
  pending: { cue: string; lines: string[] } | null;
  /** Set by a transition whose action was not told: the state it enters keeps its lines pending. */
  deferEntry: string | null;
  /** How many times each reaction was said (some are said once, or twice, per call). */
  reacted: Record<string, number>;
  heldAt: number | null;
}

export const emptyListening = (): Listening => ({ heard: [], lastReply: null, pending: null, deferEntry: null, reacted: {}, heldAt: null });

/**
 * How much of the engine's listening a reply gets. `full`: nothing in the script took it, so the
 * caller answers questions, reacts to rudeness, to a repeat, or says it did not follow. `withScript`: the script took it with an intent, and the caller
 * also answers questions that intent does not cover. `rudeOnly`: the script moved on regardless.
 */
export type ListenMode = 'full' | 'withScript' | 'rudeOnly';

interface ScenarioEars {
  facts: [string, ReadonlySet<string>][];
  questions: ReadonlySet<string>;
}
const earsByScenario = new WeakMap<Scenario, ScenarioEars>();
function earsOf(scenario: Scenario): ScenarioEars {
  let ears = earsByScenario.get(scenario);
  if (!ears) {
    const facts = Object.entries(factsOf(scenario)).map(([id, fact]) => [id, new Set(fact.asks)] as [string, ReadonlySet<string>]);
    const questions = new Set<string>([...questionIntentNames, ...facts.flatMap(([, asks]) => [...asks])]);
    earsByScenario.set(scenario, (ears = { facts, questions }));
  }
  return ears;
}

const sharedQuestions: ReadonlySet<string> = new Set(questionIntentNames);
/** What a request for identification asks already: taken by the script, the caller's answer is its line. */
const identificationQuestions: ReadonlySet<string> = new Set([
  'askCustomerCode',
  'askTaxCode',
  'askAddress',
  'askDate',
  'askPhone',
  'askEmail',
]);

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export interface Heard {
  said: string[];
  moodBy: number;
  listening: Listening;
}

/** What the caller says and feels on hearing a reply, and what it remembers of it. Pure. */
export function listen(
  scenario: Scenario,
  context: Listening & { mood: number },
  event: SessionEvent,
  mode: ListenMode,
  consumed?: string,
  movesOn = false,
): Heard {
  if (event.type !== 'trainee.replied') return { said: [], moodBy: 0, listening: context };
  const intents = event.data.intents.map((match) => match.intent);
  const text = normalise(event.data.text);
  const said: string[] = [];
  const reacted = { ...context.reacted };
  const react = (name: Parameters<typeof reactionLine>[0]) => {
    said.push(reactionLine(name));
    reacted[name] = (reacted[name] ?? 0) + 1;
  };
  const { pending } = context;
  const released = pending !== null && (pending.cue === '*' || intents.includes(pending.cue));
  // Words that move the script on are past what the caller meant to ask about the action: it is dropped.
  if (released && !movesOn) said.push(...pending.lines);

  let moodBy = 0;
  if (intents.includes('rude') && consumed !== 'rude') {
    moodBy = -1;
    react(context.mood - 1 <= -2 && !reacted.rudeSupervisor ? 'rudeSupervisor' : 'rude');
  }
  if (mode !== 'rudeOnly') {
    const { facts, questions } = earsOf(scenario);
    const question = event.data.text.includes('?') || event.data.text.includes('¿');
    // Beside what the script takes, only a real question of the shared kind gets an answer too: a
    // statement that merely mentions a topic ("era in contrassegno") asks nothing.
    const alsoAsked = (intent: string) =>
      mode === 'full' ||
      (question && sharedQuestions.has(intent) && !(consumed === 'askIdentification' && identificationQuestions.has(intent)));
    const asked = intents.filter((intent) => questions.has(intent) && intent !== consumed && alsoAsked(intent));
    const answered = facts.filter(([, asks]) => !(consumed && asks.has(consumed)) && asked.some((intent) => asks.has(intent)));
    said.push(...answered.map(([id]) => factLine(id)));
    const unknown = asked.some((intent) => !facts.some(([, asks]) => asks.has(intent)));
    if (mode !== 'withScript' && unknown) react('dontKnow');
    if (mode === 'full' && said.length === 0) {
      if (context.lastReply === text) react('youRepeat');
      // A question it cannot place puzzles the caller; a statement with no intent is off its script,
      // not unclear, and gets the script's own answer (its need again), never a "non ho capito".
      else if (intents.length === 0 && question && !reacted.notUnderstood) react('notUnderstood');
    }
  }
  const heard = intents.filter((intent) => !context.heard.includes(intent));
  return {
    said,
    moodBy,
    listening: {
      ...context,
      heard: heard.length ? [...context.heard, ...heard] : context.heard,
      lastReply: text,
      pending: released ? null : pending,
      reacted,
    },
  };
}

/** Whether a reply nothing in the script took still gets a word from the caller. */
export const reactsTo = (scenario: Scenario, context: Listening & { mood: number }, event: SessionEvent, mode: ListenMode): boolean =>
  listen(scenario, context, event, mode).said.length > 0;
