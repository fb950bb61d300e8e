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
    const value = entry.abilities[code];
    return typeof value === 'number' && Number.isFinite(value) ? [value] : [];
  });
  const latest = results.at(-1) ?? null;
  const average = results.length ? results.reduce((sum, value) => sum + value, 0) / results.length : null;
  return { code, assessed: results.length, latest, average, trend: results.slice(-trendLength) };
}
