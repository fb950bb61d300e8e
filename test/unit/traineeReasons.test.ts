import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { unmetExpectations } from '../../scenarios/session/checkExpectations.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { loadLibraryScenario, loadTraineeScript } from '../support/scenarios.js';

const facts = { seed: 11, traineeId: 't', launchedBy: 'i', startAt: 0 };

describe("a scripted trainee's per-item reasons", () => {
  it('are shown beside a mismatch on their item, so the author sees what the hand grader expected and why', () => {
    const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
    const script = loadTraineeScript('helpdesk-fibra-guasto', 'rudeClose');
    const score = scoreSession(scenario, playHeadless(scenario, loadVesuvioDesk(), script.inputs, facts).events);
    expect(unmetExpectations(script.expect, score)).toEqual([]);
    const wrongGrade = { ...script.expect, missed: [] };
    expect(unmetExpectations(wrongGrade, score)).toEqual([
      'item closing was missed unexpectedly (expected because: Missed: «Lo sa lei. Arrivederci.» says goodbye but dismisses the customer: not a courteous close.)',
    ]);
  });

  it('do not make a polite goodbye fail: the exemplary close still counts', () => {
    const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
    const script = loadTraineeScript('helpdesk-fibra-guasto', 'exemplary');
    const score = scoreSession(scenario, playHeadless(scenario, loadVesuvioDesk(), script.inputs, facts).events);
    expect(score.items.find((item) => item.id === 'closing')?.status).toBe('met');
    const rude = loadTraineeScript('helpdesk-fibra-guasto', 'rudeClose');
    const rudeScore = scoreSession(scenario, playHeadless(scenario, loadVesuvioDesk(), rude.inputs, facts).events);
    expect(rudeScore.items.find((item) => item.id === 'closing')?.explanation.en).toBe('Said discourteously: “Lo sa lei. Arrivederci.”');
  });
});
