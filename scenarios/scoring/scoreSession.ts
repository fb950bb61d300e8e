import type { SessionEvent } from '../../protocol/events.js';
import type { ItemResult, ScoreReport } from '../../protocol/views.js';
import type { Scenario } from '../format/schema.js';
import { projectCall } from '../projection/projectCall.js';
import type { CallView } from '../projection/callView.js';
import { judgeRule, type RuleVerdict } from './evidence.js';
import { markCoached } from './coaching.js';
import { callKpis } from './kpis.js';
import { totalsOf } from './scoreTotals.js';

/** A contact never answered assesses nothing: every item is out of the count, none is met or missed. */
const notAnsweredVerdict: RuleVerdict = {
  status: 'notApplicable',
  evidence: [],
  explanation: { it: 'Contatto non risposto: nulla da valutare', en: 'Contact not answered: nothing to assess' },
};

/** An item the scenario leaves to the assessor: no automatic verdict, and out of every total until judged. */
const byHandVerdict = {
  status: 'byHand' as const,
  evidence: [],
  explanation: {
    it: 'Da valutare a mano: il laboratorio non la giudica da solo, la valuta il valutatore.',
    en: 'To be judged by hand: the lab does not judge it by itself, the assessor does.',
  },
};

/**
 * The score of a session: a pure function of the scenario, its events and the final sandbox.
 * The same function runs for the debrief, the instructor and the replay.
 */
export function scoreSession(scenario: Scenario, events: readonly SessionEvent[], finalView: CallView = projectCall(events)): ScoreReport {
  const answered = events.some((event) => event.type === 'call.answered');
  const judged: ItemResult[] = scenario.rubric.map((item) => {
    const verdict = !answered
      ? notAnsweredVerdict
      : item.byHand
        ? byHandVerdict
        : judgeRule(item.rule, events, finalView, scenario.language);
    return {
      id: item.id,
      label: item.label,
      abilities: item.abilities,
      knowledge: item.knowledge,
      weight: item.weight,
      critical: item.critical,
      ...verdict,
    };
  });
  const items = markCoached(judged, events);

  return totalsOf(items, { passPercent: scenario.passPercent, answered, outcome: finalView.outcome, kpis: callKpis(finalView) });
}
