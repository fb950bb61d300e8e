import { describe, expect, it } from 'vitest';
import type { WallCard } from '../../../protocol/wall.js';
import { alertsOf, sortForAttention } from '../../../client/src/instructor/wall/wallAlerts.js';

const t0 = 1_800_000_000_000;
const card = (over: Partial<WallCard>): WallCard => ({
  sessionId: 's-1',
  traineeId: 'u-1',
  traineeName: 'Giulia Conte',
  classId: 'aula-a',
  scenarioTitle: { it: 'Fibra', en: 'Fibre' },
  mode: 'standard',
  phase: 'talking',
  launchedAt: t0,
  answeredAt: t0 + 5_000,
  holdStartedAt: null,
  holdMs: 0,
  lastTraineeAt: t0 + 10_000,
  mood: 0,
  paused: false,
  callerPlayedBy: null,
  patienceEndsAt: null,
  itemsMet: 2,
  itemsTotal: 9,
  criticalMissed: [],
  ...over,
});

describe('the wall’s alerts', () => {
  it('raise a long silence after half a minute without a word, and none while the instructor has the call paused', () => {
    expect(alertsOf(card({}), t0 + 39_000)).toEqual([]);
    expect(alertsOf(card({}), t0 + 40_000)).toEqual(['longSilence']);
    expect(alertsOf(card({ paused: true }), t0 + 90_000)).toEqual([]);
  });

  it('raise a long hold, a caller about to leave, a mood at its worst and a critical item lost', () => {
    const holding = card({ phase: 'onHold', holdStartedAt: t0 + 20_000, patienceEndsAt: t0 + 110_000 });
    expect(alertsOf(holding, t0 + 79_000)).toEqual([]);
    expect(alertsOf(holding, t0 + 80_000)).toEqual(['longHold']);
    expect(alertsOf(holding, t0 + 96_000)).toEqual(['callerLeaving', 'longHold']);
    expect(alertsOf(card({ mood: -3, criticalMissed: [{ it: 'Identità', en: 'Identity' }] }), t0 + 11_000)).toEqual([
      'criticalMissed',
      'moodWorst',
    ]);
  });

  it('put the call that needs the instructor most first, then the longest running', () => {
    const now = t0 + 45_000;
    const calm = card({ sessionId: 'calm', traineeName: 'Anna', lastTraineeAt: now - 1_000 });
    const older = card({ sessionId: 'older', traineeName: 'Bruno', launchedAt: t0 - 60_000, lastTraineeAt: now - 1_000 });
    const silent = card({ sessionId: 'silent', traineeName: 'Carla' });
    const critical = card({ sessionId: 'critical', traineeName: 'Dario', lastTraineeAt: now, criticalMissed: [{ it: 'x', en: 'x' }] });
    const angryAndSilent = card({ sessionId: 'angry', traineeName: 'Elena', mood: -3 });
    const order = sortForAttention([calm, older, silent, critical, angryAndSilent], now).map((entry) => entry.card.sessionId);
    expect(order).toEqual(['critical', 'angry', 'silent', 'older', 'calm']);
  });
});
