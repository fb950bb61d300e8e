import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { languages } from '../../protocol/vocabulary.js';
import type { IntentSet, Language } from '../../scenarios/format/schema.js';
import { allSharedIntents } from '../../scenarios/intents/sharedIntents.js';
import { bankSplits, type BankSplit, noIntent } from '../../scenarios/understanding/banks.js';
import { crossValidate } from '../../scenarios/understanding/crossValidate.js';
import { type LanguageFigures, measureUnderstanding } from '../../scenarios/understanding/measureUnderstanding.js';
import { exampleRule, prepareUnderstanding, understand } from '../../scenarios/understanding/understandReply.js';
import { resolveScenario } from '../scenarioFiles.js';

const isLanguage = (value: string | undefined): value is Language => (languages as readonly string[]).includes(value ?? '');

/** `match <lang> [scenario]`: one JSON line per reply read from standard input. */
export async function matchCommand(language: string | undefined, scenarioName: string | undefined): Promise<number> {
  if (!isLanguage(language)) {
    console.error(`Usage: npm run scenario -- match <${languages.join('|')}> [scenario] < replies.txt`);
    return 2;
  }
  let intents: IntentSet = allSharedIntents;
  if (scenarioName) {
    const check = await resolveScenario(scenarioName);
    if (!check.scenario) {
      console.error(`${check.file} is not valid:\n  ${check.problems.join('\n  ')}`);
      return 1;
    }
    intents = check.scenario.intents;
  }
  await prepareUnderstanding();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const out: string[] = [];
  for await (const text of lines) {
    const { intents: found, note } = understand(text, intents, language);
    // A rule's match is certain: confidence 1, explained by its words; an example-based one by its nearest exemplars.
    const explained = found.map((match) =>
      match.rule === exampleRule
        ? { intent: match.intent, confidence: match.confidence, explanation: { exemplars: match.exemplars ?? [] } }
        : { intent: match.intent, confidence: 1, explanation: { rule: match.rule, words: match.words } },
    );
    out.push(JSON.stringify(note ? { text, intents: explained, note } : { text, intents: explained }));
    // Written in blocks: one write per reply would dominate the time for a thousand replies.
    if (out.length >= 200) process.stdout.write(`${out.splice(0).join('\n')}\n`);
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The figures as a Markdown table, one row per intent then the language's totals. */
export function figuresTable(figures: LanguageFigures): string {
  const lines = [
    `### ${figures.language} (${figures.split})`,
    '',
    '| intent | replies | right | wrong |',
    '| --- | ---: | ---: | ---: |',
    ...figures.intents.map((row) =>
      row.intent === noIntent
        ? `| none (must credit nothing) | ${row.replies} | ${percent(row.right / row.replies)} | credited ${percent(row.wrong / row.replies)} |`
        : `| ${row.intent} | ${row.replies} | ${percent(row.right / row.replies)} | ${percent(row.wrong / row.replies)} |`,
    ),
    '',
    `**${figures.language}**: right intent ${percent(figures.right)}, wrong intent ${percent(figures.wrong)}, none credited ${percent(figures.noneCredited)}, rude detected ${percent(figures.rudeDetected)}, rude false alarms ${percent(figures.rudeFalseAlarms)}; matching p50 ${figures.p50Us.toFixed(0)} µs, p99 ${figures.p99Us.toFixed(0)} µs`,
  ];
  return lines.join('\n');
}

/** `understanding [--split dev | --kfold 5] [--lang it] [--misses]`: the banks' figures, per language and intent. */
export async function understandingCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      split: { type: 'string', default: 'dev' },
      lang: { type: 'string', multiple: true },
      misses: { type: 'boolean' },
      // Cross-validation over train and dev (never test): the tuning measure, less biased than dev alone.
      kfold: { type: 'string' },
    },
  });
  const split = values.split as BankSplit;
  if (!bankSplits.includes(split)) {
    console.error(`--split is one of ${bankSplits.join(', ')}`);
    return 2;
  }
  if (values.misses && split === 'test' && values.kfold === undefined) {
    console.error('The test split is measured only: its misses are not shown (tune on train and dev).');
    return 2;
  }
  const chosen = values.lang?.length ? values.lang : [...languages];
  const unknown = chosen.filter((language) => !isLanguage(language));
  if (unknown.length) {
    console.error(`unknown language ${unknown.join(', ')}`);
    return 2;
  }
  await prepareUnderstanding();
  const folds = values.kfold === undefined ? 0 : Number(values.kfold);
  if (values.kfold !== undefined && !(Number.isInteger(folds) && folds >= 2)) {
    console.error('--kfold takes the number of folds, 2 or more (5 is usual)');
    return 2;
  }
  for (const language of chosen as Language[]) {
    const figures = folds ? crossValidate(language, allSharedIntents, folds) : measureUnderstanding(language, split, allSharedIntents);
    if (!figures) {
      console.log(`### ${language} (${split})\n\nno bank yet\n`);
      continue;
    }
    console.log(`${figuresTable(figures)}\n`);
    if (values.misses) {
      for (const row of figures.intents)
        for (const miss of row.misses)
          console.log(`${row.intent}\t${miss.got.join(',') || '-'}\t${miss.text}${miss.why?.length ? `\t${miss.why.join(' | ')}` : ''}`);
    }
  }
  return 0;
}
