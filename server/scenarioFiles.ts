import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScenario } from '../scenarios/checks/checkScenario.js';
import { lintReferencesOf, lintScenario, type LintReferences } from '../scenarios/checks/lintScenario.js';
import type { Scenario } from '../scenarios/format/schema.js';
import { traineeScriptSchema, type TraineeScript } from '../scenarios/format/traineeScript.js';
import { loadCompany } from '../scenarios/company/load.js';
import { loadVesuvioDesk } from '../scenarios/company/vesuvioDesk.js';
import { abilityCodes, knowledgeCodes } from '../protocol/standard.js';

import { projectRoot } from './projectRoot.js';

export { projectRoot };
export const libraryDir = path.join(projectRoot, 'scenarios', 'library');
export const traineesDir = path.join(projectRoot, 'scenarios', 'trainees');

export type FileCheck = { file: string; scenario: Scenario | null; problems: string[] };

let references: LintReferences | undefined;

/** What the library's scenarios may refer to: built on the first check (which loads the company), then kept. */
export function lintReferences(): LintReferences {
  if (!references) {
    const company = loadCompany();
    references = lintReferencesOf(
      { ...loadVesuvioDesk().directory, customers: company.customers, products: company.products, articles: company.knowledgeBase },
      { abilities: abilityCodes, knowledge: knowledgeCodes },
    );
  }
  return references;
}

/** Reads, parses, validates and lints one scenario file; never throws. */
export async function checkScenarioFile(file: string): Promise<FileCheck> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return { file, scenario: null, problems: [`cannot read it as JSON: ${(error as Error).message}`] };
  }
  const check = checkScenario(raw);
  if (!check.ok) return { file, scenario: null, problems: check.problems };
  const problems = lintScenario(check.scenario, lintReferences());
  return { file, scenario: problems.length ? null : check.scenario, problems };
}

export async function libraryFiles(): Promise<string[]> {
  return (await readdir(libraryDir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(libraryDir, name));
}

/** A scenario named by id (from the library) or by path. */
export async function resolveScenario(nameOrPath: string): Promise<FileCheck> {
  const file = nameOrPath.endsWith('.json') ? path.resolve(nameOrPath) : path.join(libraryDir, `${nameOrPath}.json`);
  return checkScenarioFile(file);
}

export async function readTraineeScript(file: string): Promise<{ script: TraineeScript | null; problems: string[] }> {
  try {
    const parsed = traineeScriptSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success) return { script: parsed.data, problems: [] };
    return { script: null, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  } catch (error) {
    return { script: null, problems: [`cannot read it as JSON: ${(error as Error).message}`] };
  }
}

/** Every scripted trainee shipped with a scenario: scenarios/trainees/<scenario id>/*.json. */
export async function traineeScriptFiles(scenarioId: string): Promise<string[]> {
  const dir = path.join(traineesDir, scenarioId);
  try {
    return (await readdir(dir))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}
