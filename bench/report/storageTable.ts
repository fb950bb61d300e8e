import type { SeekResult } from '../replay/replaySeek.js';
import type { SearchResult } from '../search/consoleSearch.js';
import type { ReplyMatchingResult } from '../search/replyMatching.js';
import type { AppendScaling } from '../storage/logAppend.js';
import { benchScenarioId } from '../lab/script.js';
import { decimal, integer, ratio, table, verdict, type TargetCheck } from './format.js';

/** Appending at 100,000 events may cost at most this much more per event than at 1,000 ("the same", with noise). */
export const appendRatioTarget = 1.25;
export const seekTargetMs = 50;
export const searchTargetMs = 50;

export function storageTable(
  append: AppendScaling,
  seek: SeekResult,
  search: SearchResult,
  matching: ReplyMatchingResult,
): { text: string; checks: TargetCheck[] } {
  const appendOk = append.ratio <= appendRatioTarget;
  const seekOk = seek.latency.max < seekTargetMs;
  const searchOk = search.latency.max < searchTargetMs;
  const rows = [
    [
      `log append, log holding ${integer(append.small.heldBefore)} events (µs/event)`,
      decimal(append.small.usPerEvent),
      decimal(append.small.meanUsPerEvent),
      '',
      '',
    ],
    [
      `log append, log holding ${integer(append.large.heldBefore)} events (µs/event)`,
      decimal(append.large.usPerEvent),
      decimal(append.large.meanUsPerEvent),
      '',
      '',
    ],
    ['log append cost ratio, large / small', ratio(append.ratio), '', `≤ ${appendRatioTarget}×`, verdict(appendOk)],
    [
      `replay seek on ${integer(seek.events)} events, p50 / p99 (ms)`,
      `${decimal(seek.latency.p50)} / ${decimal(seek.latency.p99)}`,
      '',
      '',
      '',
    ],
    [`replay seek, max of ${seek.seeks} random seeks (ms)`, decimal(seek.latency.max), '', `< ${seekTargetMs} ms`, verdict(seekOk)],
    ['replay seek to the last event (ms)', decimal(seek.toEndMs), '', '', ''],
    [
      `console search, full company data, ${integer(search.searches)} searches, p50 / p99 (ms)`,
      `${decimal(search.latency.p50)} / ${decimal(search.latency.p99)}`,
      '',
      '',
      '',
    ],
    ['console search, max (ms)', decimal(search.latency.max), '', `< ${searchTargetMs} ms`, verdict(searchOk)],
    [
      'first search of each box, index built (ms)',
      Object.entries(search.firstMs)
        .map(([box, ms]) => `${box} ${decimal(ms)}`)
        .join(', '),
      '',
      '',
      '',
    ],
    // Informational: how much of a reply's cost on the server is the intent matcher (no target).
    [
      `reply matching, ${integer(matching.library.replies)} scripted replies of ${matching.scenarios} scenarios, p50 / p99 (µs/reply)`,
      `${decimal(matching.library.p50)} / ${decimal(matching.library.p99)}`,
      decimal(matching.library.mean),
      '',
      '',
    ],
    [
      `reply matching, the ${integer(matching.fibre.replies)} replies of ${benchScenarioId}, p50 / p99 (µs/reply)`,
      `${decimal(matching.fibre.p50)} / ${decimal(matching.fibre.p99)}`,
      decimal(matching.fibre.mean),
      '',
      '',
    ],
    ['reply matching, first pass: rules parsed, words stemmed (µs/reply)', '', decimal(matching.firstPassMeanUs), '', ''],
  ];
  const text = [
    `Storage and replay (in the bench process): FileEventLogStore appends of ${append.groupSize}-event groups, each synced before the next, ${integer(append.measuredEvents)} events per log, the two logs taking turns; projectCallAt on a session played by the headless runtime; matchIntents on each scripted reply against its own scenario's intents, ${matching.rounds} rounds after a first pass`,
    table(['measure', 'median', 'mean', 'target', 'result'], rows),
  ].join('\n');
  return {
    text,
    checks: [
      {
        name: 'log append 100k vs 1k events',
        measured: ratio(append.ratio),
        target: `≤ ${appendRatioTarget}×`,
        verdict: verdict(appendOk),
      },
      {
        name: 'replay seek, 10k-event session (max)',
        measured: `${decimal(seek.latency.max)} ms`,
        target: `< ${seekTargetMs} ms`,
        verdict: verdict(seekOk),
      },
      {
        name: 'console search, full company data (max)',
        measured: `${decimal(search.latency.max)} ms`,
        target: `< ${searchTargetMs} ms`,
        verdict: verdict(searchOk),
      },
    ],
  };
}
