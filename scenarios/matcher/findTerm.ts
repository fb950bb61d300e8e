import type { TermPart } from './compileRule.js';
import type { LanguageProfile } from './languages.js';
import type { Token } from './normalize.js';
import type { ReplyWords } from './replyWords.js';

/**
 * Between two words of a term a reply may hold up to 4 words, at most 1 of them not a function
 * word ("grazie mille per la sua attesa"); after a term's opening function word only function
 * words, so "la" in "la trasferisco" cannot reach a far-off "la richiesta di trasferimento".
 */
const maxGap = 4;

/**
 * From `from`, stepping by `step` over at most 3 function words of the same clause: is there a
 * negation? Going forward only the negations that follow a verb count (`after`).
 */
export function negationNear(reply: readonly Token[], from: number, step: 1 | -1, clause: number, after?: ReadonlySet<string>): boolean {
  for (let i = from, seen = 0; i >= 0 && i < reply.length && seen < 3; i += step, seen++) {
    const token = reply[i]!;
    if (token.clause !== clause) return false;
    if (token.negation && (!after || after.has(token.word))) return true;
    if (!token.stop) return false;
  }
  return false;
}

/** A negation just before the term ("non capisco", "I don't really understand") or, where grammar puts it there, just after ("ich verstehe nicht"). */
function negated(reply: readonly Token[], first: number, last: number, profile: LanguageProfile): boolean {
  return (
    negationNear(reply, first - 1, -1, reply[first]!.clause) ||
    (profile.negationAfter.size > 0 && negationNear(reply, last + 1, 1, reply[last]!.clause, profile.negationAfter))
  );
}

/** Could this word be the `*` name? Not a function word, a negation, a word already used by another group, or a known non-name. */
function nameAt(reply: ReplyWords, position: number, excluded: ReadonlySet<number>): boolean {
  const token = reply.tokens[position]!;
  return !token.stop && !token.negation && !excluded.has(position) && !reply.profile.notNames.has(token.word) && /\p{L}/u.test(token.word);
}

/** May the words between two matched positions be skipped? Same clause, no negation, few content words, not ending on "un"/"a". */
function skippable(reply: readonly Token[], from: number, to: number, afterFunctionWord: boolean, profile: LanguageProfile): boolean {
  if (reply[from]!.clause !== reply[to]!.clause) return false;
  if (to - 1 > from && profile.articles.has(reply[to - 1]!.word)) return false;
  let contentWords = 0;
  for (let i = from + 1; i < to; i++) {
    if (reply[i]!.negation) return false;
    if (!reply[i]!.stop) contentWords++;
  }
  return contentWords <= (afterFunctionWord ? 0 : 1);
}

/**
 * Where the part may sit from `from` to `to` (inclusive), in order: the reply's hits for a word,
 * each possible name for `*`. (Loops rather than a generator or callbacks: this runs for every term
 * of every rule on every reply.)
 */
function placesFor(reply: ReplyWords, part: TermPart, from: number, to: number, excluded: ReadonlySet<number>): readonly number[] {
  if (part.kind === 'word') {
    const hits = reply.hits(part);
    // A word may serve two groups of one rule: authors write "dove abita" as the question and "dove"
    // as the asking word, and 128 rules of the library count on it ("Mi scusi, dove abita?" asks the
    // address). Only the `*` name may not be a word another group used.
    if (hits.length === 0 || (hits[0]! >= from && hits.at(-1)! <= to)) return hits;
    return hits.filter((position) => position >= from && position <= to);
  }
  const places: number[] = [];
  for (let position = from; position <= to; position++) if (nameAt(reply, position, excluded)) places.push(position);
  return places;
}

function matchFrom(
  reply: ReplyWords,
  parts: readonly TermPart[],
  index: number,
  previous: number,
  excluded: ReadonlySet<number>,
): number[] | null {
  const part = parts[index];
  if (!part) return [];
  // The placeholder and its neighbours sit side by side: "sono Anna", "Anna speaking".
  const before = parts[index - 1];
  const gap = part.kind === 'any' || before?.kind === 'any' ? 0 : maxGap;
  const afterFunctionWord = index === 1 && before?.kind === 'word' && before.token.stop;
  const last = Math.min(previous + 1 + gap, reply.tokens.length - 1);
  for (const position of placesFor(reply, part, previous + 1, last, excluded)) {
    if (!skippable(reply.tokens, previous, position, afterFunctionWord, reply.profile)) continue;
    const rest = matchFrom(reply, parts, index + 1, position, excluded);
    if (rest) return [position, ...rest];
  }
  return null;
}

/**
 * Finds a term in the reply: its words in order, each matched by word, stem or small typo, with a
 * few function words between them. Returns the positions matched, or null. `excluded` positions
 * (already evidence for another group of the rule) cannot be the `*` name.
 */
export function findTerm(reply: ReplyWords, parts: readonly TermPart[], excluded: ReadonlySet<number>): number[] | null {
  const first = parts[0];
  if (!first) return null;
  for (const start of placesFor(reply, first, 0, reply.tokens.length - 1, excluded)) {
    const rest = matchFrom(reply, parts, 1, start, excluded);
    if (!rest) continue;
    const positions = [start, ...rest];
    if (!negated(reply.tokens, start, positions.at(-1)!, reply.profile)) return positions;
  }
  return null;
}
