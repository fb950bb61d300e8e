import type { SessionEvent } from '../../protocol/events.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import type { TraineeScript } from '../../scenarios/format/traineeScript.js';
import { unmetExpectations } from '../../scenarios/session/checkExpectations.js';
import { wroteExpect } from '../../scenarios/format/traineeFileProblems.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';

const clockOf = (ms: number) => `${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}`;

function transcriptLine(event: SessionEvent, start: number): string | null {
  const at = `[${clockOf(event.at - start)}]`;
  switch (event.type) {
    case 'caller.said':
      return `${at} Caller:  ${event.data.text}`;
    case 'trainee.replied':
      return `${at} Trainee: ${event.data.text}${event.data.intents.length ? `   ⟨${event.data.intents.map((m) => m.intent).join(', ')}⟩` : ''}`;
    case 'script.advanced':
    case 'session.launched':
      return null;
    default:
      return `${at} · ${event.type} ${JSON.stringify(event.data)}`;
  }
}

/** The result of a headless play, as JSON: the same shape a test compares with the server's. */
export function playScenario(scenario: Scenario, script: TraineeScript, seed = 1) {
  const run = playHeadless(scenario, loadVesuvioDesk(), script.inputs, {
    seed,
    traineeId: 'scripted-trainee',
    launchedBy: 'cli',
    startAt: 0,
  });
  const score = scoreSession(scenario, run.events);
  const transcript = run.events.flatMap((event) => transcriptLine(event, 0) ?? []);
  const result = {
    scenario: scenario.id,
    outcome: score.outcome,
    passed: score.passed,
    percent: score.percent,
    criticalFailures: score.criticalFailures,
    items: score.items.map(({ id, status, evidence }) => ({ id, status, evidence })),
    abilities: score.abilities.map(({ code, percent }) => ({ code, percent })),
    kpis: score.kpis,
    rejectedInputs: run.rejected.map(({ at, action, error }) => ({ at, action: action.type, error: error.message })),
    unmetExpectations: unmetExpectations(script.expect, score, run.events),
  };
  return { transcript, result, events: run.events };
}

type PlayResult = ReturnType<typeof playScenario>['result'];

const idList = (ids: readonly string[]) => `[${ids.map((id) => `"${id}"`).join(', ')}]`;

/**
 * Why a scripted trainee is not green, in plain words: each unmet expectation, what the file left
 * out that it needed (a field missing falls back to its default, e.g. no critical failure), and the
 * inputs the console refused. Empty when the play meets the file's expectations.
 */
export function explainPlay(raw: unknown, script: TraineeScript, result: PlayResult): string[] {
  const lines: string[] = [];
  for (const { at, action, error } of result.rejectedInputs) {
    const index = script.inputs.findIndex((input) => input.at === at && input.action.type === action);
    lines.push(`inputs[${index}] (the input at ${at} ms, ${action}) was refused, as the console would refuse it: ${error}`);
  }
  if (result.unmetExpectations.length === 0) return lines;
  lines.push(...result.unmetExpectations.map((problem) => `the result is not the expected one: ${problem}`));
  const missedItems = result.items.filter((item) => item.status === 'missed').map((item) => item.id);
  const unexpectedCritical = result.criticalFailures.filter((id) => !script.expect.criticalFailures.includes(id));
  if (unexpectedCritical.length && !wroteExpect(raw, 'criticalFailures'))
    lines.push(
      `expect.criticalFailures is missing, so the file expects no critical failure; this play failed the critical items ${idList(result.criticalFailures)}: if this trainee should fail them, add "criticalFailures": ${idList(result.criticalFailures)} to expect`,
    );
  const unexpectedMissed = missedItems.filter((id) => !script.expect.missed.includes(id));
  if (unexpectedMissed.length && !script.expect.othersMayMiss && !wroteExpect(raw, 'missed'))
    lines.push(
      `expect.missed is missing, so the file expects every item met; this play missed ${idList(missedItems)}: list them in "missed", or write "othersMayMiss": true`,
    );
  return lines;
}
