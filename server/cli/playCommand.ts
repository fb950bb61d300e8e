import type { SessionEvent } from '../../protocol/events.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import type { TraineeScript } from '../../scenarios/format/traineeScript.js';
import { unmetExpectations } from '../../scenarios/session/checkExpectations.js';
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
