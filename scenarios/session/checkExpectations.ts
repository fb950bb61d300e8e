import type { SessionEvent } from '../../protocol/events.js';
import type { ScoreReport } from '../../protocol/views.js';
import type { TraineeScript } from '../format/traineeScript.js';

/** What the caller said must match the script's `caller…` expectations: each unmet one is named. */
function callerProblems(expect: TraineeScript['expect'], events: readonly SessionEvent[]): string[] {
  const problems: string[] = [];
  const said = events.flatMap((event) => (event.type === 'caller.said' ? [event.data] : []));
  const ids = new Set(said.map((line) => line.lineId));
  const texts = said.map((line) => line.text.toLowerCase());
  for (const id of expect.callerLines) if (!ids.has(id)) problems.push(`expected the caller to say ${id}`);
  for (const id of expect.callerNever) if (ids.has(id)) problems.push(`expected the caller never to say ${id}`);
  for (const words of expect.callerSays)
    if (!texts.some((text) => text.includes(words.toLowerCase()))) problems.push(`expected the caller to say "${words}"`);
  for (const words of expect.callerNeverSays)
    if (texts.some((text) => text.includes(words.toLowerCase()))) problems.push(`expected the caller never to say "${words}"`);
  return problems;
}

/**
 * Compares a scripted trainee's result with what the script says it must be; empty when it matches.
 * Given the call's events, it checks what the caller said too.
 */
export function unmetExpectations(expect: TraineeScript['expect'], score: ScoreReport, events?: readonly SessionEvent[]): string[] {
  const problems: string[] = events ? callerProblems(expect, events) : [];
  if (score.passed !== expect.passed)
    problems.push(`expected ${expect.passed ? 'a pass' : 'a fail'}, got ${score.passed ? 'a pass' : 'a fail'} (${score.percent}%)`);
  if (score.outcome !== expect.outcome) problems.push(`expected outcome ${expect.outcome}, got ${score.outcome ?? 'none'}`);
  const missed = score.items.filter((item) => item.status === 'missed').map((item) => item.id);
  // The hand grader's reason for the item, beside the mismatch: what the assessor expected and why.
  const because = (id: string) => (expect.reasons[id] ? ` (expected because: ${expect.reasons[id]})` : '');
  for (const id of expect.missed) if (!missed.includes(id)) problems.push(`expected item ${id} to be missed${because(id)}`);
  if (!expect.othersMayMiss) {
    for (const id of missed) if (!expect.missed.includes(id)) problems.push(`item ${id} was missed unexpectedly${because(id)}`);
  }
  const critical = [...score.criticalFailures].sort().join(',');
  if (critical !== [...expect.criticalFailures].sort().join(','))
    problems.push(
      `expected critical failures [${expect.criticalFailures}], got [${score.criticalFailures}]${[...new Set([...expect.criticalFailures, ...score.criticalFailures])].map(because).join('')}`,
    );
  // A contact not answered has no percentage: it reaches no floor and stays under every ceiling.
  const percent = score.percent ?? 0;
  const got = score.percent === null ? 'not answered' : `${score.percent}%`;
  if (expect.percentAtLeast !== undefined && percent < expect.percentAtLeast)
    problems.push(`expected at least ${expect.percentAtLeast}%, got ${got}`);
  if (expect.percentAtMost !== undefined && percent > expect.percentAtMost)
    problems.push(`expected at most ${expect.percentAtMost}%, got ${got}`);
  return problems;
}
