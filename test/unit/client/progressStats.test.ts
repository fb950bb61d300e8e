import { describe, expect, it } from 'vitest';
import type { ProgressEntry } from '../../../protocol/views.js';
import { abilityProgress, overallProgress, trendLength } from '../../../client/src/progress/progressStats.js';

const entry = (
  sessionId: string,
  endedAt: number,
  abilities: Record<string, number>,
  percent: number | null,
  passed: boolean | null,
): ProgressEntry => ({
  sessionId,
  scenarioId: 'fibre',
  scenarioTitle: { it: 'Fibra assente', en: 'No fibre' },
  endedAt,
  percent,
  passed,
  notAnswered: false,
  practice: false,
  abilities,
});

// Listed newest first, as the server may send them: the statistics must not depend on it.
const entries = [
  entry('c', 3000, { 'UF1.A1': 1, 'UF1.A2': 0.5 }, 0.8, true),
  entry('b', 2000, { 'UF1.A2': 0.25 }, null, null),
  entry('a', 1000, { 'UF1.A1': 0.5 }, 0.4, false),
];

describe('progress per ability', () => {
  it('averages only the contacts that assessed the ability, and takes the latest by end time', () => {
    expect(abilityProgress(entries, 'UF1.A1')).toEqual({ code: 'UF1.A1', assessed: 2, latest: 1, average: 0.75, trend: [0.5, 1] });
    expect(abilityProgress(entries, 'UF1.A2')).toEqual({ code: 'UF1.A2', assessed: 2, latest: 0.5, average: 0.375, trend: [0.25, 0.5] });
  });

  it('says "not yet" (null) for an ability no contact assessed', () => {
    expect(abilityProgress(entries, 'UF2.A5')).toEqual({ code: 'UF2.A5', assessed: 0, latest: null, average: null, trend: [] });
  });

  it('shows only the last results in the trend, oldest first', () => {
    const many = Array.from({ length: trendLength + 3 }, (_, index) => entry(`s${index}`, index, { 'UF1.A3': index / 10 }, null, null));
    const progress = abilityProgress(many, 'UF1.A3');
    expect(progress.assessed).toBe(trendLength + 3);
    expect(progress.trend).toEqual(many.slice(-trendLength).map((e) => e.abilities['UF1.A3']));
    expect(progress.latest).toBe((trendLength + 2) / 10);
  });
});

describe('the overall progress line', () => {
  it('counts contacts and passes, and averages the scored contacts only', () => {
    const overall = overallProgress(entries);
    expect(overall).toMatchObject({ contacts: 3, passed: 1 });
    expect(overall.average).toBeCloseTo(0.6);
  });

  it('has no average before any contact is scored', () => {
    expect(overallProgress([])).toEqual({ contacts: 0, passed: 0, average: null });
  });
});
