import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { whereFieldsMarkdown } from '../../scenarios/format/eventFields.js';
import { traineeActionsMarkdown } from '../../scenarios/format/traineeActions.js';
import { codesMarkdown } from '../../server/cli/codesCommand.js';
import { projectRoot } from '../../server/scenarioFiles.js';
import { readmeExample, readmeSection } from '../support/readmeExample.js';

/**
 * scenarios/README.md is the authors' contract: the tables it shows are the code's own, and its
 * complete example validates and plays green, so the document cannot drift from what the lab does.
 */
const run = promisify(execFile);
const tool = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/scenarioTool.ts', ...args], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

describe('scenarios/README.md', () => {
  it('lists, for every console event, exactly the fields the code lets a `where` test', () => {
    expect(readmeSection('where-fields')).toBe(whereFieldsMarkdown());
  });

  it('lists every trainee action with the fields the protocol requires', () => {
    expect(readmeSection('trainee-actions')).toBe(traineeActionsMarkdown());
  });

  it('lists every code of the standard with its words in Italian and English', () => {
    expect(readmeSection('codes')).toBe(codesMarkdown());
  });

  it('its complete example validates, and both example trainees play green with `npm run scenario -- play`', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'readme-example-'));
    const scenarioFile = path.join(dir, 'esempio-guasto-linea.json');
    await writeFile(scenarioFile, readmeExample('scenario'));
    const validation = await tool('validate', scenarioFile);
    expect(validation.stdout).toContain('1 valid, 0 invalid');
    expect(validation.stdout).not.toContain('⚠');
    for (const name of ['trainee', 'critical']) {
      const traineeFile = path.join(dir, `${name}.json`);
      await writeFile(traineeFile, readmeExample(name));
      const played = await tool('play', scenarioFile, traineeFile);
      expect({ name, code: played.code, stderr: played.stderr }).toEqual({ name, code: 0, stderr: '' });
      expect(JSON.parse(played.stdout.slice(played.stdout.indexOf('\n{') + 1)).unmetExpectations).toEqual([]);
    }
  }, 60_000);
});
