import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { exemplaryFibreCall, loadLibraryScenario, unverifiedTicketCall, weakFibreCall } from '../support/scenarios.js';

const vesuvioDesk = loadVesuvioDesk();

const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
const facts = { seed: 7, traineeId: 'u-trainee', launchedBy: 'u-instructor', startAt: 1_000_000 };
const play = (inputs: Parameters<typeof playHeadless>[2]) => playHeadless(scenario, vesuvioDesk, inputs, facts);
const states = (run: ReturnType<typeof play>) =>
  run.events.flatMap((e) => (e.type === 'script.advanced' ? [e.data.state] : [])).filter((state, i, all) => state !== all[i - 1]);
const callerLines = (run: ReturnType<typeof play>) => run.events.flatMap((e) => (e.type === 'caller.said' ? [e.data.lineId] : []));

describe('the fibre fault call', () => {
  it('goes from greeting to escalation and ends with the caller saying goodbye', () => {
    const run = play(exemplaryFibreCall);
    expect(run.rejected).toEqual([]);
    expect(states(run)).toEqual([
      'opening',
      'problem',
      'identifying',
      'diagnosing',
      'ticketed',
      'escalated',
      'reassured',
      'closing',
      'done',
    ]);
    expect(callerLines(run)).toEqual([
      'problem',
      'identityData',
      'symptoms',
      'empathyThanks',
      'whatNow',
      // The escalation was done in silence and told only with its follow-up: the caller, told both at
      // once, does not ask when it will hear back (issue 13: it reacts only to what it was told).
      'okThanks',
      'nothingElse',
      'goodbye',
    ]);
    const hangUp = run.events.find((e) => e.type === 'call.hungUp');
    expect(hangUp?.by).toBe('caller');
    expect(run.events.at(-1)).toMatchObject({ type: 'session.ended', data: { outcome: 'escalated' } });
    expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_, i) => i + 1));
  });

  it('scores the exemplary trainee with every item met and passes', () => {
    const score = scoreSession(scenario, play(exemplaryFibreCall).events);
    expect(score.items.filter((i) => i.status !== 'met').map((i) => i.id)).toEqual([]);
    expect(score.percent).toBe(100);
    expect(score.passed).toBe(true);
    expect(score.abilities.map((a) => a.code)).toContain('UF1.A7');
    expect(score.kpis.timeToAnswerMs).toBe(3000);
  });

  it('names what the weak trainee missed and fails them under the pass mark', () => {
    const score = scoreSession(scenario, play(weakFibreCall).events);
    const missed = score.items.filter((i) => i.status === 'missed').map((i) => i.id);
    expect(missed).toEqual(
      expect.arrayContaining(['greeting', 'empathy', 'verifyIdentity', 'faultTicket', 'escalateL2', 'closing', 'disposition']),
    );
    // One datum is not a verification under KB-001 (two besides the name): the ticket after it is on an unverified account.
    expect(score.criticalFailures).toEqual(['verifyBeforeTicket']);
    expect(score.passed).toBe(false);
    expect(score.outcome).toBe('unresolved');
  });

  it('fails a trainee who opens a ticket before verifying identity, whatever else they got right', () => {
    const score = scoreSession(scenario, play(unverifiedTicketCall).events);
    expect(score.criticalFailures).toEqual(['verifyBeforeTicket']);
    expect(score.passed).toBe(false);
    const item = score.items.find((i) => i.id === 'verifyBeforeTicket');
    expect(item?.evidence.length).toBeGreaterThan(0);
  });

  it('lets the caller prompt and then hang up when nobody speaks after answering', () => {
    const run = play([
      { at: 1000, action: { type: 'call.answer' } },
      { at: 60000, action: { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' } },
    ]);
    expect(run.events.filter((e) => e.type === 'timer.expired').map((e) => e.at - facts.startAt)).toEqual([16000, 31000]);
    expect(callerLines(run)).toEqual(['helloAnyone', 'hangingUpSilence']);
    expect(run.events.at(-1)).toMatchObject({ type: 'session.ended', data: { outcome: 'callerHungUp' } });
  });

  it('refuses actions that the call phase does not allow, and records nothing for them', () => {
    const run = play([
      { at: 1000, action: { type: 'reply', text: 'buongiorno' } },
      { at: 2000, action: { type: 'wrapup.submit', disposition: 'info-given', notes: '' } },
    ]);
    expect(run.rejected.map((r) => r.error.code)).toEqual(['INVALID_STATE', 'INVALID_STATE']);
    expect(run.events.map((e) => e.type)).toEqual(['session.launched', 'call.offered']);
  });

  it('picks caller variants from the recorded seed: same seed, same words; other seeds, other words', () => {
    const said = (seed: number) =>
      playHeadless(scenario, vesuvioDesk, exemplaryFibreCall, { ...facts, seed }).events.flatMap((e) =>
        e.type === 'caller.said' ? [e.data.text] : [],
      );
    expect(said(7)).toEqual(said(7));
    const variety = new Set([1, 2, 3, 4, 5, 6, 8, 9].map((seed) => said(seed).join('|')));
    expect(variety.size).toBeGreaterThan(1);
  });
});
