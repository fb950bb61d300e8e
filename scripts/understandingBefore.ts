// The "before" figures of docs/understanding-figures.md: the rules of a past commit, matched alone
// (matchIntents, as the engine did then), on today's banks. Usage: npx tsx scripts/understandingBefore.ts <commit> [split]
import { execFileSync } from 'node:child_process';
import { languages } from '../protocol/vocabulary.js';
import { type IntentSet, intentSetSchema } from '../scenarios/format/schema.js';
import { matchIntents } from '../scenarios/matcher/matchIntent.js';
import type { BankSplit } from '../scenarios/understanding/banks.js';
import { measureUnderstanding } from '../scenarios/understanding/measureUnderstanding.js';
import { figuresTable } from '../server/cli/understandingCommand.js';

const [commit = '8729f10', split = 'test'] = process.argv.slice(2);
const intents: IntentSet = {};
for (const language of languages) {
  const text = execFileSync('git', ['show', `${commit}:scenarios/intents/shared.${language}.json`], { encoding: 'utf8' });
  for (const [name, byLanguage] of Object.entries(intentSetSchema.parse(JSON.parse(text))))
    intents[name] = { ...intents[name], ...byLanguage };
}
for (const language of languages) {
  const figures = measureUnderstanding(language, split as BankSplit, intents, matchIntents);
  console.log(figures ? `${figuresTable(figures)}\n` : `### ${language}: no bank\n`);
}
