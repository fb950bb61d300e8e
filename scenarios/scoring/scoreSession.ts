import type { SessionEvent } from '../../protocol/events.js';
import { unitCodes, unitOf } from '../../protocol/standard.js';
import type { AbilityResult, ItemResult, ScoreReport } from '../../protocol/views.js';
import type { Scenario } from '../format/schema.js';
import { projectCall } from '../projection/projectCall.js';
import type { CallView } from '../projection/callView.js';
import { judgeRule, type RuleVerdict } from './evidence.js';
import { markCoached } from './coaching.js';
import { callKpis } from './kpis.js';

/** A contact never answered assesses nothing: every item is out of the count, none is met or missed. */
const notAnsweredVerdict: RuleVerdict = {
  status: 'notApplicable',
  evidence: [],
  explanation: { it: 'Contatto non risposto: nulla da valutare', en: 'Contact not answered: nothing to assess' },
};

const percentOf = (earned: number, possible: number) => (possible > 0 ? Math.round((earned / possible) * 1000) / 10 : null);

/** Weights met and weights that counted, among the items a rule applied to: the score of a whole, an ability or a unit. */
function tally(items: readonly ItemResult[]): { earned: number; possible: number } {
  const counted = items.filter((item) => item.status !== 'notApplicable');
  const earned = counted.filter((item) => item.status === 'met').reduce((sum, item) => sum + item.weight, 0);
  const possible = counted.reduce((sum, item) => sum + item.weight, 0);
  return { earned, possible };
}

/**
 * The score of a session: a pure function of the scenario, its events and the final sandbox.
 * The same function runs for the debrief, the instructor and the replay.
 */
export function scoreSession(scenario: Scenario, events: readonly SessionEvent[], finalView: CallView = projectCall(events)): ScoreReport {
  const answered = events.some((event) => event.type === 'call.answered');
  const judged: ItemResult[] = scenario.rubric.map((item) => {
    const verdict = answered ? judgeRule(item.rule, events, finalView, scenario.language) : notAnsweredVerdict;
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

  const abilityCodes = [...new Set(items.flatMap((item) => item.abilities))].sort();
  // The scenario schema admits only codes of the standard's units, so every ability has its unit.
  const abilities: AbilityResult[] = abilityCodes.flatMap((code) => {
    const unit = unitOf(code);
    if (unit === undefined) return [];
    const { earned, possible } = tally(items.filter((item) => item.abilities.includes(code)));
    return [
      {
        code,
        unit,
        earned,
        possible,
        percent: percentOf(earned, possible),
        items: items.filter((item) => item.abilities.includes(code)).map((item) => item.id),
      },
    ];
  });

  const units = unitCodes.map((code) => {
    const { earned, possible } = tally(items.filter((item) => item.abilities.some((ability) => unitOf(ability) === code)));
    return { code, earned, possible, percent: percentOf(earned, possible) };
  });

  const { earned, possible } = tally(items);
  const criticalFailures = items.filter((item) => item.critical && item.status === 'missed').map((item) => item.id);
  const detail = { items, abilities, units, criticalFailures, outcome: finalView.outcome, kpis: callKpis(finalView) };
  if (!answered) return { ...detail, status: 'notAnswered', percent: null, passed: false };
  const percent = percentOf(earned, possible) ?? 0;
  return { ...detail, status: 'scored', percent, passed: criticalFailures.length === 0 && percent >= scenario.passPercent };
}
