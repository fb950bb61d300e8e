import { mkdir, readdir } from 'node:fs/promises';
import { replaceFile } from './store/replaceFile.js';
import path from 'node:path';
import { z } from 'zod';
import { formatMigrations, type Warn } from './store/formatMigrations.js';
import { readTextIfPresent } from './store/lineFiles.js';
import { backupDataFolder, backupsFolder } from './store/snapshot.js';

/** The data format this lab reads and writes: a folder with no format.json was made before formats were kept (format 0). */
export const currentFormat = formatMigrations.at(-1)!.to;
export const formatFileName = 'format.json';

const formatSchema = z.looseObject({ format: z.int().nonnegative() });

/** The lab does not start on this folder: what to do is in the message. */
export class DataFolderRefused extends Error {
  override name = 'DataFolderRefused';
}

async function readFormat(dataDir: string): Promise<number | null> {
  const file = path.join(dataDir, formatFileName);
  const text = await readTextIfPresent(file);
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const checked = formatSchema.safeParse(parsed);
  if (!checked.success)
    throw new DataFolderRefused(`${file} should be {"format": <number>}: the lab cannot tell which data format the folder holds.`);
  return checked.data.format;
}

async function writeFormat(dataDir: string, format: number): Promise<void> {
  const file = path.join(dataDir, formatFileName);
  await replaceFile(file, `${JSON.stringify({ format }, null, 2)}\n`);
}

export interface PreparedFolder {
  /** The format the folder had (0: made before formats were kept), and the one it has now. */
  from: number;
  to: number;
  /** The backup taken before an upgrade, or null when nothing was upgraded. */
  backup: string | null;
}

/**
 * Run once at start, before any store opens: a new folder is marked with this lab's format; an
 * older one is backed up into its `backups/` and upgraded; a newer one is refused, since this lab
 * could misread or overwrite what a newer lab wrote.
 */
export async function prepareDataFolder(dataDir: string, warn: Warn = (message) => console.warn(message)): Promise<PreparedFolder> {
  await mkdir(dataDir, { recursive: true });
  const found = await readFormat(dataDir);
  if (found !== null && found > currentFormat) {
    throw new DataFolderRefused(
      `${dataDir} holds data format ${found}, written by a newer lab; this lab reads formats up to ${currentFormat}. Run the newer lab, or restore a backup taken before the upgrade into an empty folder.`,
    );
  }
  if (found === currentFormat) return { from: found, to: found, backup: null };
  const entries = (await readdir(dataDir)).filter((name) => name !== backupsFolder);
  if (found === null && entries.length === 0) {
    await writeFormat(dataDir, currentFormat);
    return { from: currentFormat, to: currentFormat, backup: null };
  }
  const from = found ?? 0;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = path.join(dataDir, backupsFolder, `before-format-${currentFormat}-from-${from}-${stamp}.tar.gz`);
  await backupDataFolder(dataDir, backup);
  for (const migration of formatMigrations.filter((m) => m.to > from)) await migration.migrate(dataDir, warn);
  await writeFormat(dataDir, currentFormat);
  warn(`${dataDir} upgraded from data format ${from} to ${currentFormat}; the folder as it was is in ${backup}`);
  return { from, to: currentFormat, backup };
}
