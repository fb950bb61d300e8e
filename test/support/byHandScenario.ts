import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadScenarioCatalog } from '../../server/scenarioCatalog.js';
import { libraryFiles } from '../../server/scenarioFiles.js';

/**
 * The shipped catalogue with the fibre scenario copied to a folder of its own and its second rubric
 * item marked `byHand` (left to the assessor, as in a free role-play), loaded and checked like any file.
 */
export async function catalogWithByHandItem() {
  const files = await libraryFiles();
  const original = files.find((file) => path.basename(file) === 'helpdesk-fibra-guasto.json');
  if (!original) throw new Error('the fibre scenario is not in the library');
  const scenario = JSON.parse(await readFile(original, 'utf8')) as { rubric: Record<string, unknown>[] };
  scenario.rubric[1]!.byHand = true;
  const copy = path.join(await mkdtemp(path.join(tmpdir(), 'by-hand-')), 'helpdesk-fibra-guasto.json');
  await writeFile(copy, JSON.stringify(scenario));
  const catalog = await loadScenarioCatalog([...files.filter((file) => file !== original), copy]);
  if (catalog.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(catalog.rejected)}`);
  return catalog;
}
