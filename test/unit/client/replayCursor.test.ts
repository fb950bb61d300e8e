import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../protocol/events.js';
import { projectCallAt } from '../../../scenarios/projection/projectCall.js';
import { replaySpan, seqAt } from '../../../client/src/assessor/replayCursor.js';

const event = (seq: number, at: number, type: SessionEvent['type'], data: object, by: SessionEvent['by']): SessionEvent =>
  ({ seq, at, type, by, data }) as SessionEvent;

const start = 1_700_000_000_000;
const log: SessionEvent[] = [
  event(1, start, 'session.launched', { scenarioId: 's', scenarioVersion: 1, traineeId: 't', launchedBy: 'i', seed: 1 }, 'system'),
  event(2, start, 'call.offered', { callerNumber: '+39 081 1', queue: 'Fibra' }, 'system'),
  event(3, start + 4000, 'call.answered', {}, 'trainee'),
  // Two events in the same millisecond: the cursor at that moment shows both.
  event(4, start + 4000, 'caller.said', { lineId: 'a', text: 'Pronto' }, 'caller'),
  event(5, start + 9000, 'trainee.replied', { text: 'Buongiorno', intents: [] }, 'trainee'),
  event(6, start + 15000, 'caller.said', { lineId: 'b', text: 'Ho un problema' }, 'caller'),
];

describe('the replay cursor', () => {
  it('spans the session from its first event to its last', () => {
    expect(replaySpan(log)).toEqual({ start, end: start + 15000 });
    expect(replaySpan([])).toBeNull();
  });

  it('at each moment shows exactly the events up to that moment', () => {
    expect(seqAt(log, start - 1)).toBe(0);
    expect(seqAt(log, start)).toBe(2);
    expect(seqAt(log, start + 3999)).toBe(2);
    expect(seqAt(log, start + 4000)).toBe(4);
    expect(seqAt(log, start + 14_999)).toBe(5);
    expect(seqAt(log, start + 60_000)).toBe(6);
  });

  it('rebuilds the transcript as it stood at the cursor, no line early and none missing', () => {
    const transcriptAt = (time: number) => projectCallAt(log, seqAt(log, time)).transcript.map((line) => line.text);
    expect(transcriptAt(start + 3000)).toEqual([]);
    expect(transcriptAt(start + 4000)).toEqual(['Pronto']);
    expect(transcriptAt(start + 10_000)).toEqual(['Pronto', 'Buongiorno']);
    expect(transcriptAt(start + 15_000)).toEqual(['Pronto', 'Buongiorno', 'Ho un problema']);
  });

  it('agrees with a walk through every event', () => {
    for (let time = start - 500; time <= start + 16_000; time += 500) {
      const expected = log.filter((e) => e.at <= time).at(-1)?.seq ?? 0;
      expect(seqAt(log, time)).toBe(expected);
    }
  });
});
