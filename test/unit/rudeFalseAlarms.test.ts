import { describe, expect, it } from 'vitest';
import { rudeFalseAlarms } from '../../scenarios/understanding/measureUnderstanding.js';

describe('rude false alarms', () => {
  it('are the replies outside the rude bank credited rude, over all those replies', () => {
    const rows = [
      { intent: 'rude', replies: 10, right: 9, wrong: 0, misses: [], creditedRude: 9 },
      { intent: 'empathy', replies: 30, right: 28, wrong: 1, misses: [], creditedRude: 1 },
      { intent: 'none', replies: 70, right: 66, wrong: 4, misses: [], creditedRude: 1 },
    ];
    // The rude bank's own detections are no false alarm: 2 of the 100 other replies.
    expect(rudeFalseAlarms(rows)).toBeCloseTo(0.02);
  });
});
