import type { ProgressEntry } from '../../../protocol/views.js';

export interface AbilityProgress {
  code: string;
  /** How many finished contacts assessed the ability. */
  assessed: number;
  latest: number | null;
  average: number | null;
  /** The last results, oldest first (at most `trendLength`). */
  trend: number[];
}

export const trendLength = 5;

/** Per ability, across the contacts in the order they ended: the latest result, the average and the recent trend. */
export function abilityProgress(entries: ProgressEntry[], code: string): AbilityProgress {
  const ordered = [...entries].sort((a, b) => a.endedAt - b.endedAt);
  const results = ordered.flatMap((entry) => {
    // The reviewed level where the review is there (to a trainee: released), else the automatic one.
    const value = (entry.review?.abilities ?? entry.abilities)[code];
    return typeof value === 'number' && Number.isFinite(value) ? [value] : [];
  });
  const latest = results.at(-1) ?? null;
  const average = results.length ? results.reduce((sum, value) => sum + value, 0) / results.length : null;
  return { code, assessed: results.length, latest, average, trend: results.slice(-trendLength) };
}

export interface OverallProgress {
  contacts: number;
  passed: number;
  /** The mean score of the contacts that were scored (practice without a rubric is not), or null if none was. */
  average: number | null;
}

/** The line above the tables: how many contacts, how many passed, the average score (each contact's reviewed score where there is one). */
export function overallProgress(entries: readonly ProgressEntry[]): OverallProgress {
  const final = entries.map((entry) => (entry.review ? { percent: entry.review.percent, passed: entry.review.passed } : entry));
  const scored = final.flatMap((entry) => (entry.percent === null ? [] : [entry.percent]));
  const average = scored.length ? scored.reduce((sum, value) => sum + value, 0) / scored.length : null;
  return { contacts: entries.length, passed: final.filter((entry) => entry.passed).length, average };
}
