import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companyDir, generatedFiles } from '../../scenarios/company/files.js';
import { generateCompanyFiles } from '../../scenarios/company/generate/generateCompany.js';

describe('the company generator', () => {
  it('reproduces the files in scenarios/company/data byte for byte (run `npm run company:generate` after changing its inputs)', () => {
    const files = generateCompanyFiles();
    expect([...files.keys()].sort()).toEqual(Object.values(generatedFiles).sort());
    for (const [path, text] of files) expect(readFileSync(new URL(path, companyDir), 'utf8') === text, path).toBe(true);
  });

  it('gives the same bytes on every run and different data for another seed', () => {
    const first = generateCompanyFiles();
    const second = generateCompanyFiles();
    expect([...second.entries()]).toEqual([...first.entries()]);
    const other = generateCompanyFiles(7);
    expect(other.get(generatedFiles.customers)).not.toBe(first.get(generatedFiles.customers));
  });
});
