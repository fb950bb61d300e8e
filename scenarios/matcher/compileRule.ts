import type { IntentRule, Language } from '../format/schema.js';
import { profiles } from './languages.js';
import { tokenize, type Token } from './normalize.js';
import { expectedKeys, type WordKeys } from './wordKeys.js';

/**
 * A term's word: `exact` when written "=word": that very form, e.g. the polite "=aspetti" but not
 * the familiar "aspetta". One object per word and language, shared by every rule that uses the
 * word, so a reply compares itself with each expected word once (see replyWords.ts).
 */
export interface WordPart {
  kind: 'word';
  token: Token;
  exact: boolean;
  /** What a reply's word must share with it to match: see wordKeys.ts. */
  keys: WordKeys;
  /** Where the reply numbered `memoReply` holds this word (replyWords.ts): set in place, one reply at a time. */
  memoReply: number;
  memoHits: readonly number[];
}

/** A term's part: a word, or `*`: one word that names someone. */
export type TermPart = WordPart | { kind: 'any' };

export interface CompiledGroup {
  /** Where the group sits in the rule: the words matched are reported in this order. */
  index: number;
  /** Its terms, parsed, in the rule's order: the first found is the evidence. */
  terms: TermPart[][];
}

/** A rule ready to match: its groups in the order they are looked at, those with `*` last. */
export interface CompiledRule {
  groups: CompiledGroup[];
}

const anyPart: TermPart = { kind: 'any' };

/**
 * Expected words, per language, by "word" or "=word". Rule data is finite, but a server may load
 * many scenarios over its life: past this size the table starts again (rules compiled before keep
 * their own objects, matching stays right; only the sharing between old and new rules is lost).
 */
const maxSharedWords = 20_000;
const sharedWords = new Map<Language, Map<string, WordPart>>();

function wordPart(token: Token, exact: boolean, language: Language): WordPart {
  let words = sharedWords.get(language);
  if (!words) sharedWords.set(language, (words = new Map()));
  const key = exact ? `=${token.word}` : token.word;
  let part = words.get(key);
  if (!part) {
    part = { kind: 'word', token, exact, keys: expectedKeys(token, exact, profiles[language].compounds), memoReply: 0, memoHits: [] };
    if (words.size >= maxSharedWords) words.clear();
    words.set(key, part);
  }
  return part;
}

/** Parses a rule's term: its words as the reply's words are read, `*` as the placeholder. */
export function termParts(term: string, language: Language): TermPart[] {
  return term
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((piece): TermPart[] => {
      if (piece === '*') return [anyPart];
      const exact = piece.startsWith('=');
      return tokenize(exact ? piece.slice(1) : piece, language).map((token) => wordPart(token, exact, language));
    });
}

/**
 * Rules are data and replies are many: each rule's groups are parsed and ordered once per
 * language. Keyed by the groups array, which outlives the rule object when a caller wraps the same
 * groups in a new rule for each call (scoring's `mentions`), and is released with its scenario.
 */
const compiled = new Map<Language, WeakMap<readonly string[][], CompiledRule>>();

export function compileRule(rule: IntentRule, language: Language): CompiledRule {
  let byGroups = compiled.get(language);
  if (!byGroups) compiled.set(language, (byGroups = new WeakMap()));
  let result = byGroups.get(rule.all);
  if (!result) {
    const groups = rule.all.map((group, index) => ({ index, terms: group.map((term) => termParts(term, language)) }));
    // Groups with the `*` placeholder are looked at last, so the name cannot be a word another group already used.
    const hasPlaceholder = (group: CompiledGroup) => group.terms.some((parts) => parts.some((part) => part.kind === 'any'));
    result = { groups: [...groups.filter((group) => !hasPlaceholder(group)), ...groups.filter(hasPlaceholder)] };
    byGroups.set(rule.all, result);
  }
  return result;
}
