import type { IntentMatch } from '../../protocol/events.js';
import type { IntentSet, Language } from '../format/schema.js';
import { type ReplyContext, understandReply } from '../understanding/understandReply.js';

/**
 * The replies understood lately, so a reply said again word for word against the same intents is
 * not understood again. Understanding is a pure function of the words, the scenario's intents, the
 * language and the moment (ReplyContext), once the models are loaded (they load once, and the same
 * way each time), and it costs 0.2 to 0.5 ms a reply, a fifth of the server's CPU when a class plays
 * at once. Many replies recur ("Un attimo, verifico", "Arrivederci"), and a class playing the same
 * scripted trainee repeats them all.
 *
 * Bounded (the oldest used is forgotten first), so a floor of new words never grows it.
 */
const remembered = 2_000;
const byKey = new Map<string, IntentMatch[]>();
/** Intent sets are scenario data, never changed in place: the object names the set (an edited scenario is a new one). */
const setIds = new WeakMap<IntentSet, number>();
let nextSetId = 0;

const setId = (intents: IntentSet) => {
  let id = setIds.get(intents);
  if (id === undefined) setIds.set(intents, (id = nextSetId++));
  return id;
};

/** Every caller gets matches of its own: an event's data is never shared with another session's. */
const copyOf = (matches: readonly IntentMatch[]): IntentMatch[] =>
  matches.map((match) => {
    const copy = { ...match, words: [...match.words] };
    if (match.exemplars) copy.exemplars = [...match.exemplars];
    return copy;
  });

/** understandReply, remembered: the same matches, in the same order, as understanding the reply afresh. */
export function understoodReply(text: string, intents: IntentSet, language: Language, context: ReplyContext = {}): IntentMatch[] {
  // The whole context is in the key, so a field added to it later is never ignored.
  const key = `${setId(intents)}\u0000${language}\u0000${JSON.stringify(context)}\u0000${text}`;
  const known = byKey.get(key);
  if (known) {
    byKey.delete(key);
    byKey.set(key, known);
    return copyOf(known);
  }
  const matches = understandReply(text, intents, language, context);
  byKey.set(key, copyOf(matches));
  if (byKey.size > remembered) byKey.delete(byKey.keys().next().value!);
  return matches;
}
