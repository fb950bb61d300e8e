import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../protocol/views.js';
import { totalsOf } from '../../scenarios/scoring/scoreTotals.js';
import { applyVerdicts } from '../../server/review/reviewedScore.js';
import type { ReviewRecord } from '../../server/store/reviewRecords.js';

const item = (id: string, abilities: string[], weight: number, critical = false): ItemResult => ({
  id,
  label: { it: id, en: id },
  abilities,
  knowledge: [],
  weight,
  critical,
  status: 'met',
  evidence: [],
  explanation: { it: '', en: '' },
});
const kpis = { timeToAnswerMs: 1000, talkTimeMs: 60_000, holdTimeMs: 0, afterCallWorkMs: 5000, resolvedFirstContact: true };
const automatic = totalsOf([item('greeting', ['UF1.A1'], 2), item('identity', ['UF1.A2'], 3, true), item('ticket', ['UF2.A1'], 5)], {
  passPercent: 70,
  answered: true,
  outcome: 'escalated',
  kpis,
});
const verdict = (itemId: string, after: 'met' | 'missed' | 'notApplicable', at: number): ReviewRecord => ({
  type: 'item.verdict',
  sessionId: 's1',
  by: 'u-valutatore',
  at,
  itemId,
  before: 'met',
  after,
  reason: 'heard it',
});

describe('the reviewed score', () => {
  it('is none until an item is confirmed or changed; confirming everything gives the automatic totals', () => {
    expect(
      applyVerdicts(automatic, 70, [{ type: 'review.comment', sessionId: 's1', by: 'x', at: 1, itemId: null, seq: 3, text: 'x' }]),
    ).toBeNull();
    const confirmed = applyVerdicts(
      automatic,
      70,
      ['greeting', 'identity', 'ticket'].map((id, at) => verdict(id, 'met', at)),
    );
    expect(confirmed).toEqual(automatic);
  });

  it('counts again like the automatic score: the latest verdict per item wins, a missed critical item fails', () => {
    const reviewed = applyVerdicts(automatic, 70, [verdict('ticket', 'missed', 1), verdict('ticket', 'notApplicable', 2)])!;
    expect(reviewed).toMatchObject({ percent: 100, passed: true });
    expect(reviewed.abilities.find((ability) => ability.code === 'UF2.A1')).toMatchObject({ possible: 0, percent: null });
    const failed = applyVerdicts(automatic, 70, [verdict('identity', 'missed', 1)])!;
    expect(failed).toMatchObject({ percent: 70, passed: false, criticalFailures: ['identity'] });
    // The automatic report itself is never changed.
    expect(automatic).toMatchObject({ percent: 100, passed: true, criticalFailures: [] });
  });
});
