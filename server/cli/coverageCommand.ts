import type { Scenario } from '../../scenarios/format/schema.js';
import { units } from '../../protocol/standard.js';

export interface AbilityCoverage {
  code: string;
  title: string;
  /** Scenarios whose rubric assesses the ability. */
  scenarios: string[];
}

/** Which scenarios assess each ability of the standard (through their rubric, not just their declaration). */
export function abilityCoverage(scenarios: Scenario[]): AbilityCoverage[] {
  return units.flatMap((unit) =>
    unit.abilities.map((ability) => ({
      code: ability.code,
      title: ability.en,
      scenarios: scenarios.filter((scenario) => scenario.rubric.some((item) => item.abilities.includes(ability.code))).map((s) => s.id),
    })),
  );
}

/** The table `npm run scenario -- coverage` prints: abilities down, scenarios across. */
export function coverageTable(scenarios: Scenario[]): string {
  const coverage = abilityCoverage(scenarios);
  const columns = scenarios.map((scenario, index) => ({ id: scenario.id, key: `S${index + 1}` }));
  const header = ['ability  ', ...columns.map((c) => c.key.padStart(3)), '  total'].join(' ');
  const rows = coverage.map((row) =>
    [
      row.code.padEnd(9),
      ...columns.map((c) => (row.scenarios.includes(c.id) ? '  ✓' : '  ·')),
      `  ${String(row.scenarios.length).padStart(5)}`,
    ].join(' '),
  );
  const legend = columns.map((c, index) => {
    const s = scenarios[index]!;
    return `${c.key.padStart(3)}  ${s.id} (${s.kind}, ${s.language}, difficulty ${s.difficulty})`;
  });
  const thin = coverage.filter((row) => row.scenarios.length < 2).map((row) => row.code);
  const verdict = thin.length
    ? `Abilities assessed by fewer than two scenarios: ${thin.join(', ')}`
    : 'Every ability is assessed by at least two scenarios.';
  return [header, ...rows, '', ...legend, '', verdict].join('\n');
}
