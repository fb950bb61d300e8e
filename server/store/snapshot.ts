import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { journalNumber } from './journal.js';

/** Where a lab keeps the backups it takes itself (before an upgrade); never part of a backup. */
export const backupsFolder = 'backups';

const isJournal = (name: string) => Number.isFinite(journalNumber(name));
const stagingPrefix = '.lab-backup-';
/**
 * Half-written files, never copied: temp files of lowdb (`.lab.json.tmp`) and of the session index
 * (`session-index.jsonl.tmp`), and a backup being made into the data folder itself.
 */
const isTemp = (name: string) => name.endsWith('.tmp') || name.endsWith('.partial') || name.startsWith(stagingPrefix);

/** A file's bytes, or null if it went away between the listing and the read (a retired journal). */
async function readIfPresent(file: string): Promise<Buffer | null> {
  return readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
}

/** The whole lines of an append-only file: a line being written while it is read is left out. */
const wholeLines = (bytes: Buffer) => bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);

async function listTree(dir: string, relative = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const name = path.join(relative, entry.name);
    if (entry.isDirectory()) {
      if (name !== backupsFolder && !isTemp(entry.name)) files.push(...(await listTree(dir, name)));
    } else if (entry.isFile() && !isTemp(entry.name)) files.push(name);
  }
  return files;
}

/** Copies the journals of `sessions/` into the staging folder; a later copy of one replaces an earlier, shorter one. */
async function copyJournals(dataDir: string, staging: string): Promise<number> {
  const names = (await readdir(path.join(dataDir, 'sessions')).catch(() => [] as string[])).filter(isJournal);
  let copied = 0;
  for (const name of names) {
    const bytes = await readIfPresent(path.join(dataDir, 'sessions', name));
    if (!bytes) continue;
    await mkdir(path.join(staging, 'sessions'), { recursive: true });
    await writeFile(path.join(staging, 'sessions', name), wholeLines(bytes));
    copied++;
  }
  return copied;
}

/**
 * Copies a data folder that a running lab is writing into `staging`, consistently:
 *  1. the journals first: an event acknowledged before now is in one of them, or its journal was
 *     retired, which happens only after its session files were synced;
 *  2. then every other file: lab.json and the session index are replaced by rename, so a read is
 *     whole; append-only files (`*.jsonl`) keep only whole lines;
 *  3. the journals again, so events acknowledged during the copy are kept too.
 * The next start of a lab on the copy replays the journals into the session files, as after a crash.
 */
export async function copyDataFolder(dataDir: string, staging: string): Promise<{ files: number }> {
  await copyJournals(dataDir, staging);
  let files = 0;
  for (const name of await listTree(dataDir)) {
    if (path.dirname(name) === 'sessions' && isJournal(path.basename(name))) continue;
    const bytes = await readIfPresent(path.join(dataDir, name));
    if (!bytes) continue;
    await mkdir(path.dirname(path.join(staging, name)), { recursive: true });
    await writeFile(path.join(staging, name), name.endsWith('.jsonl') ? wholeLines(bytes) : bytes);
    files++;
  }
  return { files: files + (await copyJournals(dataDir, staging)) };
}

/** Writes a gzipped tar of the data folder to `file`; the archive appears under its name only once whole. */
export async function backupDataFolder(dataDir: string, file: string): Promise<{ files: number; bytes: number }> {
  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(target), stagingPrefix));
  const partial = `${target}.partial`;
  try {
    const { files } = await copyDataFolder(path.resolve(dataDir), staging);
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, await readdir(staging));
    await rename(partial, target);
    return { files, bytes: (await stat(target)).size };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

/** A restore goes only into an empty folder: it never mixes a backup with a lab's newer data. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/** Extracts a backup into `dataDir`, which must be missing or empty; the next start replays its journals. */
export async function restoreDataFolder(file: string, dataDir: string): Promise<void> {
  const target = path.resolve(dataDir);
  const present = await readdir(target).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  if (present.length > 0) {
    throw new RestoreRefused(
      `${target} is not empty (it holds ${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}): restore into an empty folder.`,
    );
  }
  await mkdir(target, { recursive: true });
  await tar.extract({ file: path.resolve(file), cwd: target, strict: true });
}
