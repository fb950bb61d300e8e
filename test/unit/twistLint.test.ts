import { describe, expect, it } from 'vitest';
import { twistProblems } from '../../scenarios/checks/twistLint.js';
import { loadLibraryScenario } from '../support/scenarios.js';

const fibre = loadLibraryScenario('helpdesk-fibra-guasto');
const label = { it: 'Un secondo problema', en: 'A second problem' };

describe('a scenario’s own twists', () => {
  it('must lead somewhere: a line that exists or a state that exists, and never nothing', () => {
    expect(twistProblems({ ...fibre, twists: { second: { label, say: ['problem'], to: 'problem' } } })).toEqual([]);
    expect(twistProblems({ ...fibre, twists: { idle: { label, say: [] } } })).toEqual([
      'twists.idle: a twist must make the caller say something (say) or move the script (to); this one does nothing',
    ]);
    expect(twistProblems({ ...fibre, twists: { lost: { label, say: ['noSuchLine'], to: 'noSuchState' } } })).toEqual([
      'twists.lost.say: no caller line "noSuchLine"',
      'twists.lost.to: no state named "noSuchState"',
    ]);
  });
});
