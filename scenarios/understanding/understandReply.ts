import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { matchIntents } from '../matcher/matchIntent.js';

/** What the recogniser may know of the moment a reply is said. */
export interface ReplyContext {
  /** True while the trainee has not spoken yet in this call: a thank-you then opens, it does not close. */
  opening?: boolean;
}

/**
 * The one way in to understanding a trainee's reply: the engine, the CLI, the bench and the tests
 * all call this. Returns the intents credited, each explained by the rule and words that fired.
 */
export function understandReply(text: string, intents: IntentSet, language: Language, _context: ReplyContext = {}): IntentMatch[] {
  return matchIntents(text, intents, language);
}

/** Loads what understanding needs before the first reply; awaited at start by the server, the CLI, the bench and the tests. */
export async function prepareUnderstanding(): Promise<void> {}
