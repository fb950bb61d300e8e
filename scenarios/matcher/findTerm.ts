import type { Language } from '../format/schema.js';
import { profiles, type LanguageProfile } from './languages.js';
import { tokenize, type Token } from './normalize.js';
import { sameForm, sameWord } from './sameWord.js';

/**
 * A term's part: a word (`exact` when written "=word": that very form, e.g. the polite "=aspetti"
 * but not the familiar "aspetta"), or `*`: one word that names someone.
 */
export type TermPart = { kind: 'word'; token: Token; exact: boolean } | { kind: 'any' };

/**
 * Between two words of a term a reply may hold up to 4 words, at most 1 of them not a function
 * word ("grazie mille per la sua attesa"); after a term's opening function word only function
 * words, so "la" in "la trasferisco" cannot reach a far-off "la richiesta di trasferimento".
 */
const maxGap = 4;

const termCache = new Map<string, TermPart[]>();

/** Parses a rule's term once per language: rules are data, replies are many. */
export function termParts(term: string, language: Language): TermPart[] {
  const key = `${language}\u0000${term}`;
  let parts = termCache.get(key);
  if (!parts) {
    parts = term
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((piece): TermPart[] => {
        if (piece === '*') return [{ kind: 'any' }];
        const exact = piece.startsWith('=');
        return tokenize(exact ? piece.slice(1) : piece, language).map((token) => ({ kind: 'word', token, exact }));
      });
    termCache.set(key, parts);
  }
  return parts;
}

/** A negation just before the term ("non capisco", "I don't really understand") or, where grammar puts it there, just after ("ich verstehe nicht"). */
function negated(reply: Token[], first: number, last: number, profile: LanguageProfile): boolean {
  const look = (from: number, step: 1 | -1, clause: number): boolean => {
    for (let i = from, seen = 0; i >= 0 && i < reply.length && seen < 3; i += step, seen++) {
      const token = reply[i]!;
      if (token.clause !== clause) return false;
      if (token.negation) return true;
      if (!token.stop) return false;
    }
    return false;
  };
  return look(first - 1, -1, reply[first]!.clause) || (profile.negationAfter && look(last + 1, 1, reply[last]!.clause));
}

function fits(part: TermPart, token: Token, position: number, profile: LanguageProfile, excluded: ReadonlySet<number>): boolean {
  if (part.kind === 'word') return part.exact ? sameForm(token, part.token) : sameWord(token, part.token, profile);
  return !token.stop && !token.negation && !excluded.has(position) && !profile.notNames.has(token.word) && /\p{L}/u.test(token.word);
}

/** May the words between two matched positions be skipped? Same clause, no negation, few content words, not ending on "un"/"a". */
function skippable(reply: Token[], from: number, to: number, afterFunctionWord: boolean, profile: LanguageProfile): boolean {
  if (reply[from]!.clause !== reply[to]!.clause) return false;
  const skipped = reply.slice(from + 1, to);
  const last = skipped.at(-1);
  if (last && profile.articles.has(last.word)) return false;
  return !skipped.some((token) => token.negation) && skipped.filter((token) => !token.stop).length <= (afterFunctionWord ? 0 : 1);
}

function matchFrom(reply: Token[], parts: TermPart[], index: number, previous: number, profile: LanguageProfile, excluded: ReadonlySet<number>): number[] | null {
  const part = parts[index];
  if (!part) return [];
  // The placeholder and its neighbours sit side by side: "sono Anna", "Anna speaking".
  const before = parts[index - 1];
  const gap = part.kind === 'any' || before?.kind === 'any' ? 0 : maxGap;
  const afterFunctionWord = index === 1 && before?.kind === 'word' && before.token.stop;
  for (let position = previous + 1; position <= previous + 1 + gap && position < reply.length; position++) {
    if (!skippable(reply, previous, position, afterFunctionWord, profile) || !fits(part, reply[position]!, position, profile, excluded)) continue;
    const rest = matchFrom(reply, parts, index + 1, position, profile, excluded);
    if (rest) return [position, ...rest];
  }
  return null;
}

/**
 * Finds a term in the reply: its words in order, each matched by word, stem or small typo, with a
 * few function words between them. Returns the positions matched, or null. `excluded` positions
 * (already evidence for another group of the rule) cannot be the `*` name.
 */
export function findTerm(reply: Token[], parts: TermPart[], language: Language, excluded: ReadonlySet<number>): number[] | null {
  const profile = profiles[language];
  const first = parts[0];
  if (!first) return null;
  for (let start = 0; start < reply.length; start++) {
    if (!fits(first, reply[start]!, start, profile, excluded)) continue;
    const rest = matchFrom(reply, parts, 1, start, profile, excluded);
    if (!rest) continue;
    const positions = [start, ...rest];
    if (!negated(reply, start, positions.at(-1)!, profile)) return positions;
  }
  return null;
}
