import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { units } from '../../protocol/standard.js';
import { loadScenarioCatalog } from '../../server/scenarioCatalog.js';
import { libraryDir, traineesDir } from '../support/scenarios.js';

const run = promisify(execFile);
const tool = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/scenarioTool.ts', ...args], { cwd: path.resolve(libraryDir, '../..') }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

/** A copy of the fibre call with three mistakes an author could make. */
async function brokenScenario(): Promise<string> {
  const scenario = JSON.parse(await readFile(path.join(libraryDir, 'helpdesk-fibra-guasto.json'), 'utf8'));
  scenario.id = 'broken-copy';
  scenario.script.states.opening.on[0].to = 'nowhere';
  scenario.rubric[0].abilities = ['UF1.A9'];
  scenario.rubric[6].rule.escalatedTo = ['no-such-department'];
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'scenario-')), 'broken-copy.json');
  await writeFile(file, JSON.stringify(scenario));
  return file;
}

describe('npm run scenario', () => {
  it('validate: names the file and the place of each problem, and exits 1', async () => {
    const file = await brokenScenario();
    const { code, stdout } = await tool('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain('✗');
    expect(stdout).toContain('broken-copy.json: rubric[0] (greeting).abilities: unknown ability UF1.A9');
    expect(stdout).toContain('broken-copy.json: rubric[6] (faultTicket).rule: no department "no-such-department" in the mock company');
    expect(stdout).toContain('broken-copy.json: script.states.opening.on[0].to: no state named "nowhere"');
    const lint = await loadScenarioCatalog([file]);
    expect(lint.list()).toEqual([]);
    expect(lint.rejected[0]?.problems.join('\n')).toMatch(/abilities/);
  }, 30_000);

  it('validate: exits 0 for the library, and the server offers every library scenario', async () => {
    const { code, stdout } = await tool('validate');
    expect(code).toBe(0);
    const catalog = await loadScenarioCatalog();
    expect(catalog.rejected).toEqual([]);
    expect(stdout).toContain(`${catalog.list().length} valid, 0 invalid`);
  }, 30_000);

  it('refuses a script with an unknown target state, with its place', async () => {
    const scenario = JSON.parse(await readFile(path.join(libraryDir, 'helpdesk-fibra-guasto.json'), 'utf8'));
    scenario.script.states.opening.on[0].to = 'nowhere';
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'scenario-')), 'bad-target.json');
    await writeFile(file, JSON.stringify(scenario));
    const { code, stdout } = await tool('validate', file);
    expect(code).toBe(1);
    expect(stdout).toContain('script.states.opening.on[0].to: no state named "nowhere"');
  }, 30_000);

  it('play: prints the transcript and a JSON result that meets the script’s expectations', async () => {
    const { code, stdout } = await tool('play', 'helpdesk-fibra-guasto', path.join(traineesDir, 'helpdesk-fibra-guasto', 'exemplary.json'));
    expect(code).toBe(0);
    expect(stdout).toContain('Caller:  ');
    const result = JSON.parse(stdout.slice(stdout.indexOf('\n{') + 1));
    expect(result).toMatchObject({
      scenario: 'helpdesk-fibra-guasto',
      outcome: 'escalated',
      passed: true,
      percent: 100,
      unmetExpectations: [],
    });
  }, 30_000);

  it('graph: prints a Mermaid diagram and the machine JSON', async () => {
    const mermaid = await tool('graph', 'helpdesk-fibra-guasto', '--mermaid');
    expect(mermaid.stdout).toMatch(/^stateDiagram-v2/);
    expect(mermaid.stdout).toContain('identifying --> diagnosing');
    const json = JSON.parse((await tool('graph', 'helpdesk-fibra-guasto')).stdout);
    expect(Object.keys(json.states)).toContain('diagnosing');
  }, 30_000);

  it('codes: lists every ability and knowledge code of the standard with its words in Italian and English', async () => {
    const { code, stdout } = await tool('codes');
    expect(code).toBe(0);
    for (const unit of units) {
      expect(stdout).toContain(unit.title.it);
      for (const item of [...unit.abilities, ...unit.knowledge]) {
        expect(stdout).toContain(`${item.code.padEnd(8)} ${item.it}`);
        expect(stdout).toContain(item.en);
      }
    }
    expect(stdout).toMatch(/UF1\.A1 .*\n.*\n[\s\S]*UF2\.K7/);
  });
});
