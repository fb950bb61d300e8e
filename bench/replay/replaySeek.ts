import { performance } from 'node:perf_hooks';
import type { TraineeAction } from '../../protocol/actions.js';
import { projectCallAt } from '../../scenarios/projection/projectCall.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { summarize, type LatencySummary } from '../support/stats.js';
import { longSession } from './longSession.js';

export interface SeekResult {
  events: number;
  seeks: number;
  latency: LatencySummary;
  /** The same seek to the last event, the worst case of a fold from the start. */
  toEndMs: number;
}

/** A small seeded generator, so every run seeks to the same moments. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Times projectCallAt (the replay's seek) on a session of `size` events, to random moments. */
export function measureReplaySeek(scenario: Scenario, exemplary: readonly TraineeAction[], size = 10_000, seeks = 100): SeekResult {
  const events = longSession(scenario, exemplary, size);
  const lastSeq = events.at(-1)!.seq;
  const random = seeded(42);
  const seekTo = (seq: number) => {
    const started = performance.now();
    const view = projectCallAt(events, seq);
    const took = performance.now() - started;
    if (view.lastSeq !== seq) throw new Error(`seek to ${seq} showed ${view.lastSeq}`);
    return took;
  };
  for (let i = 0; i < 20; i++) seekTo(1 + Math.floor(random() * lastSeq)); // warm the JIT
  const times = Array.from({ length: seeks }, () => seekTo(1 + Math.floor(random() * lastSeq)));
  return { events: events.length, seeks, latency: summarize(times), toEndMs: seekTo(lastSeq) };
}
