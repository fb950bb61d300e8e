import type { WordPart } from './compileRule.js';
import type { LanguageProfile } from './languages.js';
import type { Token } from './normalize.js';
import { sameForm, sameWord } from './sameWord.js';
import { typedKeys } from './wordKeys.js';

const none: readonly number[] = [];
const ascending = (a: number, b: number) => a - b;

/** Numbers each reply, so a word's memo (WordPart.memoReply) knows which reply it was computed for. */
let replies = 0;

function index(map: Map<string, number[]>, keys: readonly string[], position: number): void {
  for (const key of keys) {
    const positions = map.get(key);
    if (!positions) map.set(key, [position]);
    else if (positions.at(-1) !== position) positions.push(position);
  }
}

function lookUp(map: Map<string, number[]>, keys: readonly string[], lists: number[][]): void {
  for (const key of keys) {
    const positions = map.get(key);
    if (positions) lists.push(positions);
  }
}

/**
 * One reply's words, ready to be compared with many rules. An intent set has hundreds of expected
 * words and most are not in the reply: the reply's words are indexed by their keys (wordKeys.ts),
 * so an expected word is only compared with the few reply words that could match it, and it is
 * compared once per reply however many rules use it. (No local arrow functions in this per-reply
 * code: tsx names each one as it is made, which costs more than the lookups themselves.)
 */
export class ReplyWords {
  private readonly serial = ++replies;
  private readonly forms = new Map<string, number[]>();
  private readonly initials = new Map<string, number[]>();
  private readonly endings = new Map<string, number[]>();

  /** Positions of the reply's words that are themselves words of the rules' terms: never read as a typo of another. */
  private readonly known = new Set<number>();

  constructor(
    readonly tokens: readonly Token[],
    readonly profile: LanguageProfile,
    vocabulary: ReadonlySet<string> = new Set(),
  ) {
    for (let position = 0; position < tokens.length; position++) {
      if (vocabulary.has(tokens[position]!.folded)) this.known.add(position);
      const keys = typedKeys(tokens[position]!, profile.compounds);
      index(this.forms, keys.forms, position);
      index(this.initials, keys.initials, position);
      index(this.endings, keys.endings, position);
    }
  }

  /** The positions where the reply holds this expected word, in order. */
  hits(part: WordPart): readonly number[] {
    // Matching is synchronous: the word's memo of the reply being matched is all the memo needed.
    if (part.memoReply !== this.serial) {
      part.memoHits = this.compare(part);
      part.memoReply = this.serial;
    }
    return part.memoHits;
  }

  /** Reply words sharing a key with the expected word: a superset of the matches, in order. */
  private candidates(part: WordPart): readonly number[] {
    const lists: number[][] = [];
    lookUp(this.forms, part.keys.forms, lists);
    lookUp(this.initials, part.keys.initials, lists);
    lookUp(this.endings, part.keys.endings, lists);
    if (lists.length <= 1) return lists[0] ?? none;
    // A reply's word found by several keys (its word and its stem, say) is compared once.
    const all = lists.flat().sort(ascending);
    let kept = 1;
    for (let i = 1; i < all.length; i++) if (all[i] !== all[kept - 1]) all[kept++] = all[i]!;
    all.length = kept;
    return all;
  }

  private compare(part: WordPart): readonly number[] {
    const candidates = this.candidates(part);
    if (candidates.length === 0) return none;
    const hits: number[] = [];
    for (const position of candidates) {
      const typed = this.tokens[position]!;
      const known = this.known.has(position);
      if (part.exact ? sameForm(typed, part.token, known) : sameWord(typed, part.token, this.profile, known)) hits.push(position);
    }
    return hits.length ? hits : none;
  }
}
