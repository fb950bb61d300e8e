import { performance } from 'node:perf_hooks';
import { languages } from '../../protocol/vocabulary.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import type { LanguageFigures } from '../../scenarios/understanding/measureUnderstanding.js';
import { measureUnderstanding } from '../../scenarios/understanding/measureUnderstanding.js';
import { table, type TargetCheck, verdict } from './format.js';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * Understanding on the exemplar banks' test split (never tuned on), per language, with the issue's
 * targets; and the time to have the recogniser ready (training, or reading the cached model).
 */
export function understandingTable(ready: { trainedMs: number; fromCache: boolean }): { text: string; checks: TargetCheck[] } {
  const rows: string[][] = [];
  const checks: TargetCheck[] = [];
  const started = performance.now();
  const all: LanguageFigures[] = [];
  for (const language of languages) {
    const figures = measureUnderstanding(language, 'test', allSharedIntents);
    if (!figures) continue;
    all.push(figures);
    rows.push([
      language,
      percent(figures.right),
      percent(figures.wrong),
      percent(figures.noneCredited),
      percent(figures.rudeDetected),
      percent(figures.rudeFalseAlarms),
      `${figures.p50Us.toFixed(0)} µs`,
      `${figures.p99Us.toFixed(0)} µs`,
    ]);
    const check = (name: string, measured: number, target: string, ok: boolean) =>
      checks.push({ name: `understanding ${language}: ${name}`, measured: percent(measured), target, verdict: verdict(ok) });
    check('right intent', figures.right, '≥ 95 %', figures.right >= 0.95);
    check('wrong intent', figures.wrong, '≤ 2 %', figures.wrong <= 0.02);
    check('off-topic credited', figures.noneCredited, '≤ 1 %', figures.noneCredited <= 0.01);
    check('rude detected', figures.rudeDetected, '≥ 90 %', figures.rudeDetected >= 0.9);
    // A polite reply read as rude fails a trainee's courtesy item: the detector's precision matters as much.
    check('rude false alarms', figures.rudeFalseAlarms, '≤ 1 %', figures.rudeFalseAlarms <= 0.01);
  }
  const worstP99 = Math.max(0, ...all.map((figures) => figures.p99Us));
  checks.push({
    name: 'understanding: matching p99 per reply',
    measured: `${(worstP99 / 1000).toFixed(2)} ms`,
    target: '≤ 2 ms',
    verdict: verdict(worstP99 <= 2000),
  });
  checks.push({
    name: 'understanding: recogniser ready at start',
    measured: `${(ready.trainedMs / 1000).toFixed(1)} s${ready.fromCache ? ' (cached model)' : ' (trained)'}`,
    target: '≤ 10 s',
    verdict: verdict(ready.trainedMs <= 10_000),
  });
  const text = [
    `Understanding (in the bench process): the exemplar banks' test split, ${Math.round(performance.now() - started)} ms for all languages; npm run scenario -- understanding --split test gives it per intent`,
    table(['language', 'right', 'wrong', 'none credited', 'rude detected', 'rude false alarms', 'p50', 'p99'], rows),
  ].join('\n');
  return { text, checks };
}
