import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { consoleEvents, type ConsoleEventType } from '../../protocol/vocabulary.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { factsOf } from '../../scenarios/machine/facts.js';
import { cueOf, perceives } from '../../scenarios/machine/perception.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { checkScenarioFile, libraryFiles, readTraineeScript, traineeScriptFiles } from '../../server/scenarioFiles.js';

const vesuvioDesk = loadVesuvioDesk();
const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario ? [check.scenario] : [],
);

/** Sentences the caller said more than once in the call. */
function repeated(events: readonly SessionEvent[]): string[] {
  const texts = events.flatMap((event) => (event.type === 'caller.said' ? [event.data.text] : []));
  return [...new Set(texts.filter((text, index) => texts.indexOf(text) !== index))];
}

/**
 * Caller lines said right on a console action the caller cannot perceive, unless the trainee had
 * already said the words that tell it (the cue the action's transitions wait for).
 */
function unannounced(scenario: Scenario, events: readonly SessionEvent[]): string[] {
  const problems: string[] = [];
  const heard = new Set<string>();
  let cause: SessionEvent | null = null;
  for (const event of events) {
    if (event.type === 'trainee.replied') for (const match of event.data.intents) heard.add(match.intent);
    if (event.type !== 'caller.said') {
      // What the caller says follows what caused it; the script's own bookkeeping causes nothing.
      if (event.type !== 'script.advanced' && event.type !== 'guidance.offered') cause = event;
      continue;
    }
    if (cause?.by !== 'trainee' || !(consoleEvents as readonly string[]).includes(cause.type)) continue;
    const action = cause.type as ConsoleEventType;
    if (perceives(scenario.channel, action)) continue;
    const cues = Object.values(scenario.script.states).flatMap((state) =>
      state.on.flatMap((t) => ('action' in t && t.action === action ? [cueOf(scenario.channel, t)] : [])),
    );
    if (!cues.some((cue) => cue !== null && cue !== '*' && heard.has(cue)))
      problems.push(`"${event.data.text}" right after ${action}, which the trainee did not announce`);
  }
  return problems;
}

describe('a caller who listens, in every scripted call of the library', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: never says a sentence twice, nor reacts to a console action it was not told of`, async () => {
      for (const file of await traineeScriptFiles(scenario.id)) {
        const { script } = await readTraineeScript(file);
        const run = playHeadless(scenario, vesuvioDesk, script!.inputs, { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
        expect(repeated(run.events), file).toEqual([]);
        expect(unannounced(scenario, run.events), file).toEqual([]);
      }
    });
  }
});

/**
 * Scenarios whose facts the "voice" helper's branch writes (issue 13): take a name off this list
 * when its facts are in. The test fails both ways, so the list can only shrink.
 */
const awaitingFacts: string[] = [];

describe('the library callers know things', () => {
  it('gives every scenario at least three facts the trainee can ask for (but those still awaiting theirs)', () => {
    // A free role-play's caller knows what the instructor playing it improvises: it has no facts of its own.
    const without = scenarios
      .filter((scenario) => !scenario.rolePlay && Object.keys(factsOf(scenario)).length < 3)
      .map((scenario) => scenario.id);
    expect(without.sort()).toEqual([...awaitingFacts].sort());
  });
});
