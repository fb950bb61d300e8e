import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkScenario } from '../scenarios/checks/checkScenario.js';
import { lintReferencesOf, lintScenario, type LintReferences } from '../scenarios/checks/lintScenario.js';
import { lintWarnings } from '../scenarios/checks/lintWarnings.js';
import type { Scenario } from '../scenarios/format/schema.js';
import type { TraineeScript } from '../scenarios/format/traineeScript.js';
import { checkTraineeFile } from '../scenarios/format/traineeFileProblems.js';
import { loadCompany } from '../scenarios/company/load.js';
import { loadVesuvioDesk } from '../scenarios/company/vesuvioDesk.js';
import { abilityCodes, knowledgeCodes } from '../protocol/standard.js';

import { projectRoot } from './projectRoot.js';

export { projectRoot };
export const libraryDir = path.join(projectRoot, 'scenarios', 'library');
export const traineesDir = path.join(projectRoot, 'scenarios', 'trainees');

/** `warnings`: what the lint accepts but is probably a mistake (the scenario is still offered). */
export type FileCheck = { file: string; scenario: Scenario | null; problems: string[]; warnings: string[] };

let references: LintReferences | undefined;

/** What the library's scenarios may refer to: built on the first check (which loads the company), then kept. */
export function lintReferences(): LintReferences {
  if (!references) {
    const company = loadCompany();
    references = lintReferencesOf(
      {
        ...loadVesuvioDesk().directory,
        customers: company.customers,
        products: company.products,
        articles: company.knowledgeBase,
        orders: company.orders,
      },
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
    return { file, scenario: null, problems: [`cannot read it as JSON: ${(error as Error).message}`], warnings: [] };
  }
  const check = checkScenario(raw);
  if (!check.ok) return { file, scenario: null, problems: check.problems, warnings: [] };
  const problems = lintScenario(check.scenario, lintReferences());
  return { file, scenario: problems.length ? null : check.scenario, problems, warnings: lintWarnings(check.scenario) };
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

export interface TraineeFile {
  script: TraineeScript | null;
  /** What keeps it from being played, in plain words with the place. */
  problems: string[];
  /** Probable mistakes it is played with anyway (a field the format does not have). */
  notes: string[];
  /** The file's content as written, to tell a field left out from one written with its default. */
  raw: unknown;
}

export async function readTraineeScript(file: string): Promise<TraineeFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      script: null,
      problems: [missing ? 'there is no such file' : `cannot read it: ${(error as Error).message}`],
      notes: [],
      raw: null,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { script: null, problems: [`it is not valid JSON: ${(error as Error).message}`], notes: [], raw: null };
  }
  return { ...checkTraineeFile(raw), raw };
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
