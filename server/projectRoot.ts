import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the lab's package.json, found by walking up from a module's own URL: the same
 * answer whether the module runs from source under tsx (server/…) or bundled into dist/server/main.js.
 */
export function findProjectRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}: the lab's files cannot be found`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot(import.meta.url);
