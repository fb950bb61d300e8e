import { describe, expect, it } from 'vitest';
import { inRange } from '../../server/competency/competencyMatrix.js';
import { romeDayEnd, romeDayStart } from '../../server/competency/romeDay.js';

describe('days of a range, as Rome counts them', () => {
  it('starts a winter day at 23:00 UTC the day before and a summer day at 22:00', () => {
    expect(new Date(romeDayStart('2026-12-07')).toISOString()).toBe('2026-12-06T23:00:00.000Z');
    expect(new Date(romeDayStart('2026-07-15')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('gets the days the clocks change right: 23 hours in March, 25 in October', () => {
    expect(new Date(romeDayStart('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((romeDayEnd('2026-03-29') - romeDayStart('2026-03-29')) / 3_600_000).toBe(23);
    expect((romeDayEnd('2026-10-25') - romeDayStart('2026-10-25')) / 3_600_000).toBe(25);
  });

  it('counts a call at half past midnight in Rome on its own day', () => {
    const halfPastMidnight = Date.parse('2026-12-06T23:30:00Z');
    expect(halfPastMidnight).toBeGreaterThanOrEqual(romeDayStart('2026-12-07'));
    expect(halfPastMidnight).toBeLessThan(romeDayEnd('2026-12-07'));
    expect(halfPastMidnight).toBeGreaterThanOrEqual(romeDayEnd('2026-12-06'));
  });
});

describe('the competency record’s range', () => {
  const record = (launchedAt: number) =>
    ({
      id: 's',
      scenarioId: 'x',
      traineeId: 't',
      status: 'ended',
      launchedAt,
      endedAt: null,
      outcome: null,
      percent: null,
      passed: null,
      launchedBy: 'i',
    }) as const;
  it('puts a session at 00:30 in Rome on that day, not on the day before as UTC would', () => {
    const halfPastMidnight = record(Date.parse('2026-12-06T23:30:00Z'));
    expect(inRange(halfPastMidnight, { from: '2026-12-07', to: '2026-12-07' })).toBe(true);
    expect(inRange(halfPastMidnight, { to: '2026-12-06' })).toBe(false);
    expect(inRange(halfPastMidnight, { from: '2026-12-07', mode: 'exam' })).toBe(false);
  });
});
