import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/scenarioFiles.js';

/** scenarios/README.md, the authors' contract: its tables and its complete example are tested. */
export const scenarioReadme = readFileSync(path.join(projectRoot, 'scenarios', 'README.md'), 'utf8');

/** A table the README shows between `<!-- name:start -->` and `<!-- name:end -->`. */
export function readmeSection(name: string): string {
  const found = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(scenarioReadme);
  if (found?.[1] === undefined) throw new Error(`scenarios/README.md has no ${name} section`);
  return found[1];
}

/** The JSON block after `<!-- example:name -->`: the example scenario ("scenario") or a trainee ("trainee", "critical"). */
export function readmeExample(name: string): string {
  const found = new RegExp(`<!-- example:${name} -->\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(scenarioReadme);
  if (found?.[1] === undefined) throw new Error(`scenarios/README.md has no example:${name} block`);
  return found[1];
}
