import { open, rename } from 'node:fs/promises';

/**
 * Puts new content in place of a file in one step: written to a temp file, synced, then renamed over
 * the old one, so a crash leaves the old file or the new one, never half of either (as lowdb does).
 * The temp name ends in `.tmp` by default, which backups know to skip.
 */
export async function replaceFile(file: string, text: string, temp = `${file}.tmp`): Promise<void> {
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
}
