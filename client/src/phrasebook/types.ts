/** The moments of an inbound call, in the order a trainer teaches them. */
export const phraseMoments = [
  'greeting',
  'privacy',
  'identification',
  'hold',
  'afterHold',
  'transfer',
  'empathy',
  'summary',
  'anythingElse',
  'closing',
] as const;
export type PhraseMoment = (typeof phraseMoments)[number];

/** Standard phrases in one language; `{agent}` stands for the agent's own name. */
export interface PhraseBook {
  /** What `{agent}` becomes when the agent's name is not known. */
  agentPlaceholder: string;
  phrases: Record<PhraseMoment, string[]>;
}

/** The phrase with the agent's name in place, or the language's placeholder when the name is unknown. */
export function fillPhrase(book: PhraseBook, phrase: string, agentName: string | null): string {
  return phrase.replaceAll('{agent}', agentName?.trim() || book.agentPlaceholder);
}
