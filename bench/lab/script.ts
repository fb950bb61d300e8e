import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TraineeAction } from '../../protocol/actions.js';
import { traineeScriptSchema } from '../../scenarios/format/traineeScript.js';
import { projectRoot } from '../support/children.js';

export const benchScenarioId = 'helpdesk-fibra-guasto';

/** The exemplary scripted trainee's actions, played back to back (its timings are ignored: no think time). */
export function exemplaryActions(): TraineeAction[] {
  const file = path.join(projectRoot, 'scenarios', 'trainees', benchScenarioId, 'exemplary.json');
  return traineeScriptSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).inputs.map((input) => input.action);
}
