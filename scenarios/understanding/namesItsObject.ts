import type { IntentRule, IntentSet, Language } from '../format/schema.js';
import { matchIntents } from '../matcher/matchIntent.js';

/**
 * Acts that are about a thing: asking for identification asks for a datum (a name, a customer
 * number, a date of birth), a privacy notice names the recording or the personal data. Their
 * rules' first group lists those things (a "do you have…" rule its second). A reply like their exemplars in its frame only ("Welches
 * Handymodell haben Sie?" beside "Welche Postleitzahl haben Sie?", "I'm writing a note on your
 * case" beside "Please note this call is being recorded") asks for, or notes, something else.
 */
const aboutAThing = new Set(['askIdentification']);

/** Which group of a rule names the thing: the first, but a "do you have…" rule asks its verb first ("haben Sie die Kundennummer"). */
const objectGroup: Record<string, number> = { 'has-a-reference': 1 };

/** The intent's rules cut to the group that names the thing, per rules list (one list per intent and language). */
const objects = new WeakMap<readonly IntentRule[], IntentSet>();

function objectRules(intent: string, rules: readonly IntentRule[], language: Language): IntentSet {
  let set = objects.get(rules);
  if (!set) {
    set = {
      [intent]: {
        [language]: rules.map((rule) => {
          const at = Math.min(objectGroup[rule.id] ?? 0, rule.all.length - 1);
          return { ...rule, all: rule.all.slice(at, at + 1) };
        }),
      },
    };
    objects.set(rules, set);
  }
  return set;
}

/** Does a reply guessed as this intent by the exemplars name what the act is about? Always true for the other acts. */
export function namesItsObject(text: string, intent: string, intents: IntentSet, language: Language): boolean {
  const rules = intents[intent]?.[language];
  if (!aboutAThing.has(intent) || !rules) return true;
  return matchIntents(text, objectRules(intent, rules, language), language).length > 0;
}
