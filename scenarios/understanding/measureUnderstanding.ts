import { performance } from 'node:perf_hooks';
import type { IntentSet, Language } from '../format/schema.js';
import { type Bank, type BankSplit, noIntent, readBank } from './banks.js';
import type { IntentMatch } from '../../protocol/events.js';
import { understandReply } from './understandReply.js';

/** How one bank (an intent's replies, or `none`) fared. */
export interface IntentFigures {
  intent: string;
  replies: number;
  /** Replies that credited their own intent (for `none`: credited nothing). */
  right: number;
  /** Replies that credited another intent (for `none`: any intent). */
  wrong: number;
  /** A few replies that missed or credited another intent, for tuning on train and dev only. */
  misses: { text: string; got: string[]; why?: string[] }[];
  /** Replies credited `rude` (for the rude bank: detected; for any other: a false alarm). */
  creditedRude?: number;
}

export interface LanguageFigures {
  language: Language;
  /** The split measured, or `k-fold` for cross-validation over train and dev. */
  split: BankSplit | 'k-fold';
  intents: IntentFigures[];
  /** Over the shared intents' replies (not rude, not none), 0…1. */
  right: number;
  wrong: number;
  /** Share of `none` replies credited with any intent. */
  noneCredited: number;
  /** Share of `rude` replies credited as rude. */
  rudeDetected: number;
  /**
   * Share of the other banks' replies (the shared intents and `none`) credited `rude`: a polite reply
   * read as rude costs a trainee a critical courtesy item, so this must stay near zero.
   */
  rudeFalseAlarms: number;
  /** Matching time per reply, µs: each reply's median of five runs, then percentiles over the replies. */
  p50Us: number;
  p99Us: number;
}

const share = (part: number, whole: number) => (whole ? part / whole : 0);

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
}

/** Share of the replies outside the `rude` bank credited `rude`. */
export function rudeFalseAlarms(rows: readonly IntentFigures[]): number {
  const others = rows.filter((row) => row.intent !== 'rude');
  return share(
    others.reduce((sum, row) => sum + (row.creditedRude ?? 0), 0),
    others.reduce((sum, row) => sum + row.replies, 0),
  );
}

/**
 * Runs every reply of a language's split through understandReply (the engine's own way in) against
 * the shared intents, and counts right, wrong and credited-by-mistake replies.
 */
export function measureUnderstanding(
  language: Language,
  split: BankSplit,
  intents: IntentSet,
  // Only to measure an older recogniser (the "before" figures); the engine's own is the default.
  recognise: (text: string, intents: IntentSet, language: Language) => IntentMatch[] = understandReply,
): LanguageFigures | null {
  const bank = readBank(language, split);
  if (Object.keys(bank).length === 0) return null;
  return measureBank(language, split, bank, intents, recognise);
}

/** Measures any bank (a split, or a cross-validation fold) as measureUnderstanding does. */
export function measureBank(
  language: Language,
  split: BankSplit | 'k-fold',
  bank: Bank,
  intents: IntentSet,
  recognise: (text: string, intents: IntentSet, language: Language) => IntentMatch[] = understandReply,
): LanguageFigures {
  const figures: IntentFigures[] = [];
  const times: number[] = [];
  // A first pass compiles the rules and warms the model: the times are those of a lab already running.
  for (const replies of Object.values(bank)) for (const text of replies) recognise(text, intents, language);
  for (const [intent, replies] of Object.entries(bank)) {
    const row: IntentFigures = { intent, replies: replies.length, right: 0, wrong: 0, misses: [], creditedRude: 0 };
    for (const text of replies) {
      // Each reply timed five times, its median kept: on a shared machine a single timing is mostly the scheduler's.
      const runs: number[] = [];
      let found: IntentMatch[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        found = recognise(text, intents, language);
        runs.push((performance.now() - start) * 1000);
      }
      const got = found.map((match) => match.intent);
      times.push(runs.sort((a, b) => a - b)[2]!);
      const own = intent === noIntent ? got.length === 0 : got.includes(intent);
      const other = intent === noIntent ? got.length > 0 : got.some((name) => name !== intent);
      if (own) row.right++;
      if (other) row.wrong++;
      if (got.includes('rude')) row.creditedRude!++;
      // Why, for tuning: the rule and its words, or the exemplars' confidence and nearest reply.
      const why = found.map((match) =>
        match.words.length
          ? `${match.rule}[${match.words.join(' ')}]`
          : `${match.rule}(${match.confidence ?? ''}; ${match.exemplars?.[0] ?? ''})`,
      );
      if (!own || other) row.misses.push({ text, got, why });
    }
    figures.push(row);
  }
  const shared = figures.filter((row) => row.intent !== noIntent && row.intent !== 'rude');
  const total = shared.reduce((sum, row) => sum + row.replies, 0);
  const none = figures.find((row) => row.intent === noIntent);
  const rude = figures.find((row) => row.intent === 'rude');
  const sorted = times.sort((a, b) => a - b);
  return {
    language,
    split,
    intents: figures,
    right: share(
      shared.reduce((sum, row) => sum + row.right, 0),
      total,
    ),
    wrong: share(
      shared.reduce((sum, row) => sum + row.wrong, 0),
      total,
    ),
    noneCredited: none ? share(none.wrong, none.replies) : 0,
    rudeDetected: rude ? share(rude.right, rude.replies) : 0,
    rudeFalseAlarms: rudeFalseAlarms(figures),
    p50Us: percentile(sorted, 50),
    p99Us: percentile(sorted, 99),
  };
}
