import { readFile } from 'node:fs/promises';

/** A file's text, or null if there is no such file (a session never written, a first start). */
export async function readTextIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The whole lines of an append-only file: a last line a crash cut short is left out. */
export function completeLines(text: string): string {
  return text.slice(0, text.lastIndexOf('\n') + 1);
}
