import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScenarioFile, libraryFiles, readTraineeScript, resolveScenario } from '../scenarioFiles.js';
import { scenarioMachineJson, scenarioMermaid } from './graphCommand.js';
import { explainPlay, playScenario } from './playCommand.js';
import { codesTable } from './codesCommand.js';
import { whereFieldsText } from '../../scenarios/format/eventFields.js';
import { abilityCoverage, coverageTable } from './coverageCommand.js';
import { callerFiguresTable } from './callerStatsCommand.js';
import { matchCommand, understandingCommand } from './understandingCommand.js';
import { prepareUnderstanding } from '../../scenarios/understanding/understandReply.js';

const usage = `Usage: npm run scenario -- <command>
  validate [files...]            schema + lint of the given files (default: every scenario in scenarios/library)
  play <scenario> <script.json>  plays a scripted trainee headlessly; prints the transcript and a JSON result
  graph <scenario> [--mermaid]   the machine as JSON for the Stately visualiser, or as a Mermaid diagram
  coverage                       the table of the standard's abilities against the scenarios that assess them
  codes                          the standard's ability and knowledge codes with their words (it/en)
  caller-stats [dir]             per scenario: the caller's facts, question intents and line variants (default: the library)
  fields                         each console event's fields that a \`where\` can test
  match <lang> [scenario]        reads replies from standard input, one a line; prints one JSON line each (intents, confidence, explanation)
  understanding [--split dev | --kfold 5] [--lang it] [--misses]   the exemplar banks' figures per language and intent (misses: train/dev only; --kfold: cross-validation over train+dev)
<scenario> is an id from scenarios/library or a path to a scenario file.`;

const relative = (file: string) => path.relative(process.cwd(), file) || file;

async function validate(files: string[]): Promise<number> {
  const checks = await Promise.all((files.length ? files.map((f) => path.resolve(f)) : await libraryFiles()).map(checkScenarioFile));
  for (const check of checks) {
    if (check.problems.length === 0) console.log(`✓ ${relative(check.file)}`);
    else {
      console.log(`✗ ${relative(check.file)}`);
      for (const problem of check.problems) console.log(`  ${relative(check.file)}: ${problem}`);
    }
    // Warnings do not make a file invalid: the lint accepts it, but the author should look.
    for (const warning of check.warnings) console.log(`  ⚠ ${relative(check.file)}: ${warning}`);
  }
  const invalid = checks.filter((check) => check.problems.length).length;
  console.log(`${checks.length - invalid} valid, ${invalid} invalid`);
  return invalid ? 1 : 0;
}

/** Says what went wrong and gives the exit code for it. */
function refuse(message: string, exitCode: number): number {
  console.error(message);
  return exitCode;
}

async function play(scenarioName?: string, scriptFile?: string): Promise<number> {
  if (!scenarioName) return refuse(usage, 2);
  if (!scriptFile)
    return refuse(`play needs a scripted trainee file after the scenario:\n  npm run scenario -- play ${scenarioName} <trainee.json>`, 2);
  const check = await resolveScenario(scenarioName);
  if (!check.scenario) return refuse(`${relative(check.file)} is not valid:\n  ${check.problems.join('\n  ')}`, 1);
  const file = await readTraineeScript(path.resolve(scriptFile));
  await prepareUnderstanding();
  for (const note of file.notes) console.error(`${scriptFile}: note: ${note}`);
  if (!file.script) return refuse(`${scriptFile} cannot be played:\n  ${file.problems.join('\n  ')}`, 1);
  if (file.script.scenario !== check.scenario.id)
    return refuse(
      `${scriptFile} cannot be played: its "scenario" is "${file.script.scenario}", but it was given the scenario "${check.scenario.id}" (write "scenario": "${check.scenario.id}", or play it with its own scenario)`,
      1,
    );
  const { transcript, result } = playScenario(check.scenario, file.script);
  console.log(transcript.join('\n'));
  console.log(JSON.stringify(result, null, 2));
  const explanation = explainPlay(file.raw, file.script, result);
  if (explanation.length) console.error(`${scriptFile}:\n  ${explanation.join('\n  ')}`);
  return result.unmetExpectations.length ? 1 : 0;
}

async function graph(scenarioName?: string, format?: string): Promise<number> {
  if (!scenarioName) return refuse(usage, 2);
  const check = await resolveScenario(scenarioName);
  if (!check.scenario) return refuse(`${relative(check.file)} is not valid:\n  ${check.problems.join('\n  ')}`, 1);
  console.log(format === '--mermaid' ? scenarioMermaid(check.scenario) : JSON.stringify(scenarioMachineJson(check.scenario), null, 2));
  return 0;
}

async function coverage(): Promise<number> {
  const checks = await Promise.all((await libraryFiles()).map(checkScenarioFile));
  const scenarios = checks.flatMap((check) => (check.scenario ? [check.scenario] : []));
  console.log(coverageTable(scenarios));
  return abilityCoverage(scenarios).every((row) => row.scenarios.length >= 2) ? 0 : 1;
}

async function callerStats(dir?: string): Promise<number> {
  const files = dir
    ? (await readdir(dir))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => path.resolve(dir, name))
    : await libraryFiles();
  const checks = await Promise.all(files.map(checkScenarioFile));
  for (const check of checks) if (!check.scenario) console.error(`${relative(check.file)} is not valid: ${check.problems.join('; ')}`);
  console.log(callerFiguresTable(checks.flatMap((check) => (check.scenario ? [check.scenario] : []))));
  return checks.every((check) => check.scenario) ? 0 : 1;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<number>> = {
  validate: () => validate(rest),
  play: () => play(rest[0], rest[1]),
  graph: () => graph(rest[0], rest[1]),
  coverage,
  'caller-stats': () => callerStats(rest[0]),
  match: () => matchCommand(rest[0], rest[1]),
  understanding: () => understandingCommand(rest),
  codes: async () => {
    console.log(codesTable());
    return 0;
  },
  fields: async () => {
    console.log(whereFieldsText());
    return 0;
  },
};
const run = command ? commands[command] : undefined;
process.exitCode = run ? await run() : refuse(usage, 2);
