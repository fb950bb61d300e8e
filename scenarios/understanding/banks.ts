import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../format/schema.js';

/**
 * The folder of package.json above this module: bundled into dist/server/main.js the module is no
 * longer in scenarios/understanding/, so paths are taken from the project root, not from here.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${import.meta.url}: the exemplar banks cannot be found`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();

/** The exemplar banks: scenarios/intents/exemplars/<lang>/<split>/<intent>.txt, one reply a line. */
export const banksRoot = path.join(projectRoot, 'scenarios', 'intents', 'exemplars');

export const bankSplits = ['train', 'dev', 'test'] as const;
export type BankSplit = (typeof bankSplits)[number];

/** The bank of replies that must credit nothing. */
export const noIntent = 'none';

export type Bank = Record<string, string[]>;

function readReplies(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** One language's split, intent by intent (none included); empty when the language has no bank yet. */
export function readBank(language: Language, split: BankSplit, root = banksRoot): Bank {
  const folder = path.join(root, language, split);
  if (!existsSync(folder)) return {};
  const bank: Bank = {};
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    bank[file.slice(0, -'.txt'.length)] = readReplies(path.join(folder, file));
  }
  return bank;
}
