import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../protocol/events.js';
import { projectCall } from '../../../scenarios/projection/projectCall.js';
import { mergeEvents } from '../../../client/src/session/mergeEvents.js';

const event = (seq: number, at: number, type: SessionEvent['type'], data: object, by: SessionEvent['by']): SessionEvent =>
  ({ seq, at, type, by, data }) as SessionEvent;

const log: SessionEvent[] = [
  event(1, 0, 'session.launched', { scenarioId: 's', scenarioVersion: 1, traineeId: 't', launchedBy: 'i', seed: 1 }, 'system'),
  event(2, 0, 'call.offered', { callerNumber: '+39 081 1', queue: 'Fibra' }, 'system'),
  event(3, 4000, 'call.answered', {}, 'trainee'),
  event(4, 4000, 'caller.said', { lineId: 'a', text: 'Pronto, non ho la fibra' }, 'caller'),
  event(5, 9000, 'trainee.replied', { text: 'Buongiorno, mi dica', intents: [] }, 'trainee'),
  event(6, 12000, 'caller.said', { lineId: 'b', text: 'Da ieri sera' }, 'caller'),
];

const transcriptOf = (events: readonly SessionEvent[]) => projectCall(events).transcript.map((line) => line.text);

describe('merging the events a console receives', () => {
  it('appends live pushes that follow the log', () => {
    expect(mergeEvents(log.slice(0, 4), log.slice(4)).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does not repeat a transcript line when a rejoin resends events already shown', () => {
    const shown = log.slice(0, 5);
    const afterRejoin = mergeEvents(shown, log.slice(2));
    expect(transcriptOf(afterRejoin)).toEqual(['Pronto, non ho la fibra', 'Buongiorno, mi dica', 'Da ieri sera']);
    expect(afterRejoin.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('puts a push that overtook the join answer back in its place', () => {
    const pushedFirst = [log[5]!];
    const merged = mergeEvents(pushedFirst, log.slice(0, 5));
    expect(merged.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(transcriptOf(merged).at(-1)).toBe('Da ieri sera');
  });

  it('keeps the copy it already had when a resent event differs', () => {
    const resent = { ...log[3]!, data: { lineId: 'a', text: 'altro' } } as SessionEvent;
    const merged = mergeEvents(log, [resent]);
    expect(merged).toHaveLength(6);
    expect(transcriptOf(merged)[0]).toBe('Pronto, non ho la fibra');
  });

  it('leaves the log as it was when nothing arrives', () => {
    expect(mergeEvents(log, [])).toEqual(log);
  });
});
