import type { IntentMatch } from '../../protocol/events.js';
import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import lists from './bareHolds.json' with { type: 'json' };

const phrases: Record<Language, Set<string>> = Object.fromEntries(
  Object.entries(lists).map(([language, list]) => [language, new Set(list.map((phrase) => plainWords(phrase).join(' ')))]),
) as Record<Language, Set<string>>;

/**
 * A bare hold request said as the whole reply ("un attimo", "just a sec", "einen Moment bitte"):
 * no rule can tell it from the same words inside a longer sentence ("un attimo fa…"). Said with an
 * exclamation ("Un attimo!", "¡Un momento!") it interrupts the caller: that is not asking to hold.
 * The phrases are per language in bareHolds.json.
 */
export function bareHold(text: string, language: Language): IntentMatch | null {
  if (/[!¡]/.test(text)) return null;
  const words = plainWords(text);
  return phrases[language].has(words.join(' ')) ? { intent: 'askHold', rule: 'bare-hold', words } : null;
}
