import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/scenarioFiles.js';

// The console validates nothing with zod (the server does), so zod must not reach its bundle: a value
// imported from a protocol module that imports zod pulls every schema into the console's chunks
// (38 KB gzip once, from one constant). Type imports are erased and cost nothing.

const importLine = /^import\s+(type\s+)?(\{[^}]*\}|[\w*\s,]+)\s+from\s+'([^']+)'/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The modules a file imports at run time (type-only imports left out), as absolute .ts paths or package names. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importLine)].flatMap(([, typeOnly, names = '', from = '']) => {
    if (typeOnly) return [];
    const inner = names.trim().startsWith('{') ? names.trim().slice(1, -1) : null;
    if (inner?.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) return [];
    return [from.startsWith('.') ? path.resolve(path.dirname(file), from.replace(/\.js$/, '.ts')) : from];
  });
}

function pullsZod(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  return valueImports(file).some((target) => target === 'zod' || (target.startsWith(projectRoot) && pullsZod(target, seen)));
}

describe('the console bundle', () => {
  it('imports nothing at run time that pulls zod', () => {
    const offenders = sourceFiles(path.join(projectRoot, 'client', 'src')).flatMap((file) =>
      valueImports(file)
        .filter((target) => target.startsWith(projectRoot) && !target.includes(`${path.sep}client${path.sep}`) && pullsZod(target))
        .map((target) => `${path.relative(projectRoot, file)} → ${path.relative(projectRoot, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('would notice a value import from a schema module', () => {
    expect(pullsZod(path.join(projectRoot, 'protocol', 'socket.ts'))).toBe(true);
    expect(pullsZod(path.join(projectRoot, 'protocol', 'vocabulary.ts'))).toBe(false);
  });
});
