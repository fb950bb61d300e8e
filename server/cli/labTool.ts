import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupDataFolder, restoreDataFolder, RestoreRefused } from '../store/snapshot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The same default as the lab's own start (server/main.ts), so the tool finds the folder the lab uses.
const dataDir = path.resolve(process.env.LAB_DATA_DIR ?? path.join(root, 'data'));

const usage = `Usage: npm run lab -- <command>
  backup <file.tar.gz>             a consistent snapshot of the data folder, also while the lab runs
  restore <file.tar.gz> [folder]   brings a backup back into an empty folder (default: the data folder)
The data folder is LAB_DATA_DIR (default ./data).`;

/** Says what went wrong and gives the exit code for it. */
function refuse(message: string, exitCode: number): number {
  console.error(message);
  return exitCode;
}

async function backup(file?: string): Promise<number> {
  if (!file) return refuse(usage, 2);
  const started = performance.now();
  const { files, bytes } = await backupDataFolder(dataDir, file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backed up ${dataDir} (${files} files) to ${path.resolve(file)}: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds} s`);
  return 0;
}

async function restore(file?: string, folder?: string): Promise<number> {
  if (!file) return refuse(usage, 2);
  const target = path.resolve(folder ?? dataDir);
  try {
    await restoreDataFolder(file, target);
  } catch (error) {
    if (error instanceof RestoreRefused) return refuse(error.message, 1);
    throw error;
  }
  console.log(`Restored ${path.resolve(file)} into ${target}; start the lab on it (LAB_DATA_DIR=${target}).`);
  return 0;
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<number>> = {
  backup: () => backup(rest[0]),
  restore: () => restore(rest[0], rest[1]),
};
const run = command ? commands[command] : undefined;
process.exitCode = run ? await run() : refuse(usage, 2);
