import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import { languageOfWords } from './languageOf.js';

/** Why a reply is not understood as it stands. */
export type ReplyNote = 'empty' | 'tooLong' | 'noWords' | 'otherLanguage';

/** Longer than anything said in one breath: read as no act rather than searched for one. */
export const longestReply = 2000;

/** Screens a reply before matching: empty, too long, no words (emoji only, markup only), or in another language. */
export function screenReply(text: string, language: Language): { text: string; note?: ReplyNote } {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { text: '', note: 'empty' };
  if (trimmed.length > longestReply) return { text: '', note: 'tooLong' };
  // Markup is not speech: "<script>alert(1)</script>" keeps no words of it, the script's body included.
  const spoken = trimmed.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const words = plainWords(spoken);
  if (words.length === 0 || words.every((word) => /^\d+$/.test(word))) return { text: '', note: 'noWords' };
  const heard = languageOfWords(words);
  return heard && heard !== language ? { text: spoken, note: 'otherLanguage' } : { text: spoken };
}
