import { mkdirSync, writeFileSync } from 'node:fs';
import { companyDir } from '../scenarios/company/files.js';
import { generateCompanyFiles } from '../scenarios/company/generate/generateCompany.js';

/** Writes the mock company's generated records under scenarios/company/data/ (fixed seed: same bytes every run). */
mkdirSync(new URL('data/', companyDir), { recursive: true });
for (const [path, text] of generateCompanyFiles()) {
  writeFileSync(new URL(path, companyDir), text);
  console.log(`scenarios/company/${path}  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
}
