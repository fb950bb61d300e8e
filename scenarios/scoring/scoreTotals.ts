import { unitCodes, unitOf } from '../../protocol/standard.js';
import type { AbilityResult, CallKpis, ItemResult, ScoreReport } from '../../protocol/views.js';

const percentOf = (earned: number, possible: number) => (possible > 0 ? Math.round((earned / possible) * 1000) / 10 : null);

/**
 * Weights met and weights that counted, among the items judged met or missed: the score of a whole, an
 * ability or a unit. Not applicable items and items still to be judged by hand count in neither.
 */
function tally(items: readonly ItemResult[]): { earned: number; possible: number } {
  const counted = items.filter((item) => item.status === 'met' || item.status === 'missed');
  const earned = counted.filter((item) => item.status === 'met').reduce((sum, item) => sum + item.weight, 0);
  const possible = counted.reduce((sum, item) => sum + item.weight, 0);
  return { earned, possible };
}

export interface ScoreContext {
  passPercent: number;
  answered: boolean;
  outcome: string | null;
  kpis: CallKpis;
}

/**
 * A score report from its item verdicts: abilities, units, percent and pass. The automatic score and
 * an assessor's reviewed score both add up here, so they can never count differently.
 */
export function totalsOf(items: ItemResult[], { passPercent, answered, outcome, kpis }: ScoreContext): ScoreReport {
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
  const detail = { items, abilities, units, criticalFailures, outcome, kpis };
  if (!answered) return { ...detail, status: 'notAnswered', percent: null, passed: false };
  const percent = percentOf(earned, possible) ?? 0;
  return { ...detail, status: 'scored', percent, passed: criticalFailures.length === 0 && percent >= passPercent };
}
