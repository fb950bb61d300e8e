import type { SessionEvent } from '../../../protocol/events.js';

export interface ReplaySpan {
  start: number;
  end: number;
}

export function replaySpan(events: readonly SessionEvent[]): ReplaySpan | null {
  const first = events[0];
  const last = events.at(-1);
  return first && last ? { start: first.at, end: Math.max(first.at, last.at) } : null;
}

/** The seq of the last event at or before `time`: the log as it stood at that moment (0 before the first). */
export function seqAt(events: readonly SessionEvent[], time: number): number {
  let low = 0;
  let high = events.length - 1;
  let found = 0;
  // Events are in seq order and their times never go backwards, so a binary search holds.
  while (low <= high) {
    const middle = (low + high) >> 1;
    const event = events[middle];
    if (event && event.at <= time) {
      found = event.seq;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
