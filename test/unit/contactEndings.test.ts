import { describe, expect, it } from 'vitest';
import { loadVesuvioDesk } from '../../scenarios/company/vesuvioDesk.js';
import { playHeadless } from '../../scenarios/session/playHeadless.js';
import { currentOutcome } from '../../scenarios/session/sessionCore.js';
import { scoreSession } from '../../scenarios/scoring/scoreSession.js';
import { overallProgress } from '../../client/src/progress/progressStats.js';
import { progressOf } from '../../server/runtime/practice.js';
import { closeRecord, newRecord } from '../../server/runtime/sessionRecords.js';
import { loadLibraryScenario } from '../support/scenarios.js';

/** How a contact ends when the trainee transfers it, closes an e-mail, or never answers. */
const vesuvioDesk = loadVesuvioDesk();
const facts = { seed: 3, traineeId: 't', launchedBy: 'i', startAt: 0 };

describe('a transferred call', () => {
  const scenario = loadLibraryScenario('helpdesk-fibra-guasto');

  it('ends as transferred, not abandoned, whatever state the script was in', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'call.transfer', department: 'tech-l2', note: 'Fibra assente' } },
        { at: 3000, action: { type: 'wrapup.submit', disposition: 'transferred', notes: 'Passata al 2° livello' } },
      ],
      facts,
    );
    expect(run.rejected).toEqual([]);
    expect(run.core.view.outcome).toBe('transferred');
    const score = scoreSession(scenario, run.events);
    expect(score.outcome).toBe('transferred');
    // The rubric decides the rest: the disposition it expects is not "transferred".
    expect(score.items.find((item) => item.id === 'disposition')?.status).toBe('missed');
  });

  it('after a conversation, still ends as transferred', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 3000, action: { type: 'reply', text: 'Vesuvio Telecom, buongiorno, sono Luca. Come posso aiutarla?' } },
        { at: 9000, action: { type: 'call.transfer', department: 'tech-l2' } },
      ],
      facts,
    );
    expect(run.rejected).toEqual([]);
    expect(run.core.view.phase).toBe('wrapUp');
    expect(currentOutcome(run.core)).toBe('transferred');
  });
});

describe('an e-mail contact', () => {
  const scenario = loadLibraryScenario('email-copia-fattura');
  const toTheAccountant = {
    type: 'email.send',
    to: 'studio.fontana@example.invalid',
    subject: 'Fattura di ottobre',
    body: 'Gentile dottoressa, in allegato la fattura.',
    template: null,
  } as const;

  it('replied to the wrong recipient, can still be closed, and goes to after-contact work', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 5000, action: toTheAccountant },
        { at: 8000, action: { type: 'email.close' } },
      ],
      facts,
    );
    expect(run.rejected).toEqual([]);
    expect(run.core.view.phase).toBe('wrapUp');
    expect(run.core.view.actions.at(-1)).toMatchObject({ type: 'email.closed', detail: 'replied' });
  });

  it('closed without a reply is scored as the rubric says: the reply items unmet', () => {
    const run = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 5000, action: toTheAccountant },
        { at: 8000, action: { type: 'email.close' } },
        { at: 9000, action: { type: 'wrapup.submit', disposition: 'email-sent', notes: '' } },
      ],
      facts,
    );
    expect(run.core.view.phase).toBe('ended');
    const score = scoreSession(scenario, run.events);
    expect(score.outcome).toBe('unresolved');
    const status = (id: string) => score.items.find((item) => item.id === id)?.status;
    expect([status('replyToRegistered'), status('invoiceNumberAmount'), status('noDataToThirdParty')]).toEqual([
      'missed',
      'missed',
      'missed',
    ]);
    expect(score.passed).toBe(false);
  });

  it('is closed, not hung up; a call is hung up, not closed', () => {
    const email = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'call.hangUp' } },
      ],
      facts,
    );
    expect(email.rejected.map((r) => r.error.code)).toEqual(['INVALID_STATE']);
    expect(email.core.view.phase).toBe('talking');
    const call = playHeadless(
      loadLibraryScenario('helpdesk-fibra-guasto'),
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'email.close' } },
      ],
      facts,
    );
    expect(call.rejected.map((r) => r.error.code)).toEqual(['INVALID_STATE']);
  });
});

describe('a call nobody answered', () => {
  const scenario = loadLibraryScenario('helpdesk-fibra-guasto');
  const unanswered = () =>
    playHeadless(
      scenario,
      vesuvioDesk,
      [{ at: 60_000, action: { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: 'Non risposta.' } }],
      facts,
    );

  it('is not answered: no percentage, not passed, no ability assessed', () => {
    const run = unanswered();
    expect(run.core.view.phase).toBe('ended');
    const score = scoreSession(scenario, run.events);
    expect(score).toMatchObject({ status: 'notAnswered', percent: null, passed: false, criticalFailures: [] });
    expect(score.abilities.map((ability) => ability.percent).filter((percent) => percent !== null)).toEqual([]);
    expect(score.units.map((unit) => unit.percent).filter((percent) => percent !== null)).toEqual([]);
  });

  it('is kept out of the averages of progress and says it was not answered', () => {
    const answered = playHeadless(
      scenario,
      vesuvioDesk,
      [
        { at: 1000, action: { type: 'call.answer' } },
        { at: 2000, action: { type: 'call.hangUp' } },
        { at: 3000, action: { type: 'wrapup.submit', disposition: 'caller-hung-up', notes: '' } },
      ],
      facts,
    );
    expect(scoreSession(scenario, answered.events).status).toBe('scored');
    const records = [answered, unanswered()].map((run, index) => {
      const record = newRecord(`s${index}`, { scenarioId: scenario.id, traineeId: 't', launchedBy: 'i' }, index);
      closeRecord(record, run.core.view, scoreSession(scenario, run.events));
      return record;
    });
    expect(records[1]).toMatchObject({ status: 'ended', percent: null, passed: null, notAnswered: true, abilities: {} });
    const catalog = { get: () => scenario };
    const progress = progressOf(records, catalog, 't');
    expect(progress.map((entry) => entry.notAnswered)).toEqual([false, true]);
    expect(overallProgress(progress).average).toBe(records[0]!.percent);
  });
});
