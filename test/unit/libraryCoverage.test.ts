import { describe, expect, it } from 'vitest';
import { abilityCoverage } from '../../server/cli/coverageCommand.js';
import { checkScenarioFile, libraryFiles } from '../../server/scenarioFiles.js';

const scenarios = (await Promise.all((await libraryFiles()).map(checkScenarioFile))).flatMap((check) =>
  check.scenario ? [check.scenario] : [],
);
const count = (predicate: (s: (typeof scenarios)[number]) => boolean) => scenarios.filter(predicate).length;

describe('the scenario library', () => {
  it('assesses every ability of the standard in at least two scenarios', () => {
    expect(
      abilityCoverage(scenarios)
        .filter((row) => row.scenarios.length < 2)
        .map((row) => row.code),
    ).toEqual([]);
  });

  it('holds every kind of inbound contact the qualification names, across difficulties and languages', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    for (const kind of ['complaint', 'order', 'helpdesk', 'information', 'websiteSupport', 'messageTaking', 'email'] as const) {
      expect(
        count((s) => s.kind === kind),
        kind,
      ).toBeGreaterThan(0);
    }
    expect(count((s) => s.channel === 'email')).toBeGreaterThanOrEqual(2);
    expect(count((s) => s.language === 'en')).toBeGreaterThanOrEqual(2);
    for (const language of ['fr', 'de', 'es'] as const)
      expect(
        count((s) => s.language === language),
        language,
      ).toBeGreaterThanOrEqual(1);
    expect(new Set(scenarios.map((s) => s.difficulty))).toEqual(new Set([1, 2, 3]));
    expect(count((s) => s.rubric.some((item) => item.critical))).toBe(scenarios.length);
  });

  it('declares as trained exactly the abilities its rubric assesses', () => {
    for (const scenario of scenarios) {
      const assessed = [...new Set(scenario.rubric.flatMap((item) => item.abilities))].sort();
      expect([...scenario.abilities].sort(), scenario.id).toEqual(assessed);
    }
  });
});
