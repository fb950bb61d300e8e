import type { IntentSet, Language } from '../format/schema.js';
import { understandReply } from '../understanding/understandReply.js';

export interface ParaphraseReport {
  language: Language;
  matched: number;
  total: number;
  /** Share of paraphrases whose own intent matched, 0…1. */
  rate: number;
  /** Paraphrases that missed their intent, with what they matched instead. */
  misses: { intent: string; text: string; got: string[] }[];
  /** Off-topic replies that matched something: there should be none. */
  falseMatches: { text: string; got: string[] }[];
}

/**
 * Measures a language's rules against example replies: each paraphrase should match its own
 * intent (others may match too), each off-topic reply nothing. For tests and rule authors.
 */
export function checkParaphrases(
  intents: IntentSet,
  language: Language,
  paraphrases: Record<string, readonly string[]>,
  offTopic: readonly string[],
): ParaphraseReport {
  const got = (text: string) => understandReply(text, intents, language).map((match) => match.intent);
  const misses: ParaphraseReport['misses'] = [];
  let total = 0;
  for (const [intent, texts] of Object.entries(paraphrases)) {
    for (const text of texts) {
      total++;
      const intentsGot = got(text);
      if (!intentsGot.includes(intent)) misses.push({ intent, text, got: intentsGot });
    }
  }
  const falseMatches = offTopic.map((text) => ({ text, got: got(text) })).filter((hit) => hit.got.length > 0);
  const matched = total - misses.length;
  return { language, matched, total, rate: total ? matched / total : 0, misses, falseMatches };
}
