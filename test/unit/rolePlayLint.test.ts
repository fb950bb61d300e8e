import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../scenarios/checks/lintScenario.js';
import { rolePlayProblems } from '../../scenarios/checks/rolePlayLint.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { lintReferences } from '../../server/scenarioFiles.js';
import { loadLibraryScenario } from '../support/scenarios.js';

const rolePlay = loadLibraryScenario('roleplay-libero');
const fibre = loadLibraryScenario('helpdesk-fibra-guasto');

describe('a free role-play scenario', () => {
  it('is clean with one waiting state, though a scripted caller with that script would not be', () => {
    expect(lintScenario(rolePlay, lintReferences())).toEqual([]);
    const scripted = lintScenario({ ...rolePlay, rolePlay: undefined }, lintReferences());
    expect(scripted).toContain('rolePlay: a scenario of kind "rolePlay" is a role-play (set "rolePlay": true)');
    expect(scripted).toContain('script.states.livePlay: the caller waits here with no timer (add a silence or patience timer)');
  });

  it('refuses a script that would speak or move, a twist that moves it, and an e-mail', () => {
    const { states } = fibre.script;
    expect(rolePlayProblems({ ...rolePlay, kind: 'helpdesk' })).toEqual(['kind: a role-play is of kind "rolePlay"']);
    expect(rolePlayProblems({ ...rolePlay, script: { ...rolePlay.script, states: { livePlay: states.problem! } } })).toEqual([
      'script.states.livePlay: the waiting state says nothing, has no timer and no transition, and is no end',
    ]);
    expect(
      rolePlayProblems({ ...rolePlay, script: { ...rolePlay.script, states: { ...rolePlay.script.states, other: states.done! } } }),
    ).toEqual(['script.states: a role-play\'s script is its one waiting state "livePlay" (the instructor plays the caller)']);
    expect(rolePlayProblems({ ...rolePlay, twists: { away: { label: { it: 'Via', en: 'Away' }, say: [], to: 'livePlay' } } })).toEqual([
      'twists.away.to: a role-play has no script state to move to',
    ]);
    expect(rolePlayProblems({ ...rolePlay, channel: 'email' })).toEqual(['channel: an instructor plays the caller of a phone call only']);
    expect(rolePlayProblems(fibre)).toEqual([]);
  });

  it('leaves its byHand items to the assessor: said or not, they are neither met nor missed automatically', () => {
    const inputs = [
      { at: 1_000, action: { type: 'call.answer' as const } },
      { at: 2_000, action: { type: 'reply' as const, text: 'Vesuvio Telecom, sono Giulia, buongiorno. Come posso aiutarla?' } },
      { at: 3_000, action: { type: 'call.hangUp' as const } },
    ];
    const run = playHeadless(rolePlay, loadVesuvioDesk(), inputs, { seed: 1, traineeId: 't', launchedBy: 'i', startAt: 0 });
    const score = scoreSession(rolePlay, run.events);
    const byHand = rolePlay.rubric.filter((item) => item.byHand).map((item) => item.id);
    expect(byHand.length).toBeGreaterThan(0);
    for (const id of byHand) expect(score.items.find((item) => item.id === id)).toMatchObject({ status: 'byHand', evidence: [] });
    // The same greeting rule without the flag credits the reply.
    const judged = scoreSession({ ...rolePlay, rubric: rolePlay.rubric.map((item) => ({ ...item, byHand: undefined })) }, run.events);
    expect(judged.items.find((item) => item.id === 'greeting')).toMatchObject({ status: 'met' });
    expect(score.criticalFailures).toEqual([]);
  });
});
