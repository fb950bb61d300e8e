import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkScenario } from '../../scenarios/checks/checkScenario.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { traineeScriptSchema, type TraineeScript } from '../../scenarios/format/traineeScript.js';
import { lintScenario } from '../../scenarios/checks/lintScenario.js';
import { libraryDir, lintReferences, traineesDir } from '../../server/scenarioFiles.js';

// The server's own paths to the library, re-exported so tests and the server cannot disagree on them.
export { libraryDir, traineesDir };

export function loadLibraryScenario(id: string): Scenario {
  const check = checkScenario(JSON.parse(readFileSync(path.join(libraryDir, `${id}.json`), 'utf8')));
  const problems = check.ok ? lintScenario(check.scenario, lintReferences()) : check.problems;
  if (!check.ok || problems.length) throw new Error(`${id} is invalid: ${problems.join('; ')}`);
  return check.scenario;
}

export function loadTraineeScript(scenarioId: string, name: string): TraineeScript {
  return traineeScriptSchema.parse(JSON.parse(readFileSync(path.join(traineesDir, scenarioId, `${name}.json`), 'utf8')));
}

const fibre = (name: string) => loadTraineeScript('helpdesk-fibra-guasto', name).inputs;
export const exemplaryFibreCall = fibre('exemplary');
export const weakFibreCall = fibre('weak');
export const unverifiedTicketCall = fibre('critical');
