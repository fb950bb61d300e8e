import type { CallerLine, Scenario } from '../../scenarios/format/schema.js';
import { factsOf } from '../../scenarios/machine/facts.js';

export interface CallerFigures {
  id: string;
  facts: number;
  /** Distinct intents that ask for a fact, with rules in the contact's language. */
  questionIntents: number;
  /** Every variant the caller can say: script lines, facts' answers and the scenario's own reactions. */
  lineVariants: number;
}

const variantsIn = (line: CallerLine) => line.text.length + (line.impatient?.length ?? 0) + (line.angry?.length ?? 0);

export function callerFigures(scenario: Scenario): CallerFigures {
  const facts = Object.values(factsOf(scenario));
  const asks = new Set(facts.flatMap((fact) => fact.asks).filter((intent) => scenario.intents[intent]?.[scenario.language]));
  const lines = [...Object.values(scenario.lines), ...facts, ...Object.values(scenario.reactions)];
  return {
    id: scenario.id,
    facts: facts.length,
    questionIntents: asks.size,
    lineVariants: lines.reduce((sum, line) => sum + variantsIn(line), 0),
  };
}

/** The figures as a Markdown table, with the totals. */
export function callerFiguresTable(scenarios: Scenario[]): string {
  const rows = scenarios.map(callerFigures);
  const total = (key: 'facts' | 'questionIntents' | 'lineVariants') => rows.reduce((sum, row) => sum + row[key], 0);
  return [
    '| scenario | facts | question intents | line variants |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.id} | ${row.facts} | ${row.questionIntents} | ${row.lineVariants} |`),
    `| **total** | ${total('facts')} | ${total('questionIntents')} | ${total('lineVariants')} |`,
  ].join('\n');
}
