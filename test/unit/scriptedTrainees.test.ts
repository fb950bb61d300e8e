import { getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { buildScriptMachine } from '../../scenarios/machine/buildMachine.js';
import { unmetExpectations } from '../../scenarios/session/checkExpectations.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { libraryFiles, readTraineeScript, checkScenarioFile, traineeScriptFiles } from '../../server/scenarioFiles.js';

const vesuvioDesk = loadVesuvioDesk();

const files = await libraryFiles();
// A free role-play's caller is an instructor, improvising: no scripted trainee plays against it (takeOver.test.ts plays one).
const scenarios = (await Promise.all(files.map(checkScenarioFile))).filter((check) => !check.scenario?.rolePlay);

describe.each(scenarios.map((check) => [check.file.split('/').at(-1)!, check] as const))('scenario %s', (_name, check) => {
  it('is valid', () => expect(check.problems).toEqual([]));
  const scenario = check.scenario!;

  it('ships an exemplary, a weak and a critical scripted trainee, each giving its expected result', async () => {
    const scripts = await traineeScriptFiles(scenario.id);
    expect(scripts.map((file) => file.split('/').at(-1))).toEqual(expect.arrayContaining(['exemplary.json', 'weak.json', 'critical.json']));
    for (const file of scripts) {
      const { script, problems } = await readTraineeScript(file);
      expect(problems, file).toEqual([]);
      // A reason names a rubric item of this scenario, or it explains nothing.
      const unknownReasons = Object.keys(script!.expect.reasons).filter((id) => !scenario.rubric.some((item) => item.id === id));
      expect(unknownReasons, file).toEqual([]);
      const run = playHeadless(scenario, vesuvioDesk, script!.inputs, { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
      expect(
        run.rejected.map((r) => `${r.action.type}: ${r.error.message}`),
        file,
      ).toEqual([]);
      const unmet = unmetExpectations(script!.expect, scoreSession(scenario, run.events), run.events);
      if (script!.awaitsRecogniser) expect(unmet, `${file} now agrees with its hand grade: remove awaitsRecogniser`).not.toEqual([]);
      else expect(unmet, file).toEqual([]);
    }
  });

  it('has every state of its machine reached by at least one scripted trainee (path coverage)', async () => {
    const machine = buildScriptMachine(scenario);
    const allStates = getStateNodes(machine.root).map((node) => node.key);
    const reached = new Set([scenario.script.initial]);
    for (const file of await traineeScriptFiles(scenario.id)) {
      const { script } = await readTraineeScript(file);
      const run = playHeadless(scenario, vesuvioDesk, script!.inputs, { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 });
      for (const event of run.events) if (event.type === 'script.advanced') reached.add(event.data.state);
    }
    expect(allStates.filter((state) => !reached.has(state))).toEqual([]);
  });
});
