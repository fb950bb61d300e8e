import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { units } from '../../protocol/standard.js';
import { whereFieldsByEvent } from '../../scenarios/format/eventFields.js';
import { loadScenarioCatalog } from '../../server/scenarioCatalog.js';
import { libraryDir, traineesDir } from '../support/scenarios.js';

const run = promisify(execFile);
const tool = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'server/cli/scenarioTool.ts', ...args], { cwd: path.resolve(libraryDir, '../..') }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** A library trainee file with a change an author could make, written to a temporary file. */
type TraineeFileContent = { expect: Record<string, unknown>; inputs: { at: number; action: Record<string, unknown> }[] };

async function editedTrainee(scenarioId: string, name: string, edit: (script: TraineeFileContent) => void): Promise<string> {
  const script: TraineeFileContent = JSON.parse(await readFile(path.join(traineesDir, scenarioId, `${name}.json`), 'utf8'));
  edit(script);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'trainee-')), `${name}.json`);
  await writeFile(file, JSON.stringify(script));
  return file;
}

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

  it('validate: warns, and still accepts, a state the caller may close from with a good outcome but no hangUpOutcome', async () => {
    const scenario = JSON.parse(await readFile(path.join(libraryDir, 'helpdesk-fibra-guasto.json'), 'utf8'));
    delete scenario.script.states.reassured.hangUpOutcome;
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'scenario-')), 'no-hang-up-outcome.json');
    await writeFile(file, JSON.stringify(scenario));
    const { code, stdout } = await tool('validate', file);
    expect(code).toBe(0);
    expect(stdout).toContain('1 valid, 0 invalid');
    expect(stdout).toContain(
      '⚠ ' +
        path.relative(path.resolve(libraryDir, '../..'), file) +
        ': script.states.reassured: the caller may close from here as "escalated"',
    );
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

  it('play: a critical trainee whose file has no expect.criticalFailures is told what to add, not just exit 1', async () => {
    let critical: string[] = [];
    const file = await editedTrainee('helpdesk-fibra-guasto', 'critical', (script) => {
      critical = script.expect.criticalFailures as string[];
      delete script.expect.criticalFailures;
    });
    expect(critical.length).toBeGreaterThan(0);
    const { code, stderr } = await tool('play', 'helpdesk-fibra-guasto', file);
    expect(code).toBe(1);
    expect(stderr).toContain('expect.criticalFailures is missing, so the file expects no critical failure');
    expect(stderr).toContain(`add "criticalFailures": [${critical.map((id) => `"${id}"`).join(', ')}] to expect`);
  }, 30_000);

  it('play: says what a trainee file lacks or gets wrong, and where, in plain words', async () => {
    const file = await editedTrainee('helpdesk-fibra-guasto', 'exemplary', (script) => {
      delete script.expect.outcome;
      script.expect.criticalFailure = [];
      const [first, second] = script.inputs;
      if (!first || !second) throw new Error('the exemplary trainee has inputs');
      second.action.type = 'replay';
      delete first.action.type;
    });
    const { code, stdout, stderr } = await tool('play', 'helpdesk-fibra-guasto', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('cannot be played');
    expect(stderr).toContain('expect.outcome is missing: write one of "resolved", "escalated"');
    expect(stderr).toMatch(
      /inputs\[1\]\.action\.type \(the input at \d+ ms, replay\) is "replay", which is no action: write one of "call\.answer"/,
    );
    expect(stderr).toMatch(/inputs\[0\]\.action\.type \(the input at \d+ ms\) is missing: write one of "call\.answer"/);
    expect(stderr).toContain(
      'expect.criticalFailure is not a field of a trainee file, so it is ignored (did you mean expect.criticalFailures?',
    );
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);

  it('play: refuses inputs out of time order, a trainee written for another scenario, and a missing file', async () => {
    const unsorted = await editedTrainee('helpdesk-fibra-guasto', 'exemplary', (script) => {
      const [first] = script.inputs;
      if (first) first.at = 999_999;
    });
    const late = await tool('play', 'helpdesk-fibra-guasto', unsorted);
    expect(late.code).toBe(1);
    expect(late.stderr).toMatch(/inputs\[1\] is at \d+ ms, before inputs\[0\] at 999999 ms: write the inputs in time order/);
    const other = await tool('play', 'email-copia-fattura', path.join(traineesDir, 'helpdesk-fibra-guasto', 'exemplary.json'));
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('its "scenario" is "helpdesk-fibra-guasto", but it was given the scenario "email-copia-fattura"');
    const none = await tool('play', 'helpdesk-fibra-guasto', 'no-such-trainee.json');
    expect(none.stderr).toContain('no-such-trainee.json cannot be played:\n  there is no such file');
    const noFile = await tool('play', 'helpdesk-fibra-guasto');
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('npm run scenario -- play helpdesk-fibra-guasto <trainee.json>');
  }, 30_000);

  it('graph: prints a Mermaid diagram and the machine JSON', async () => {
    const mermaid = await tool('graph', 'helpdesk-fibra-guasto', '--mermaid');
    expect(mermaid.stdout).toMatch(/^stateDiagram-v2/);
    expect(mermaid.stdout).toContain('identifying --> diagnosing');
    const json = JSON.parse((await tool('graph', 'helpdesk-fibra-guasto')).stdout);
    expect(Object.keys(json.states)).toContain('diagnosing');
  }, 30_000);

  it('fields: lists every console event with the fields a `where` can test', async () => {
    const { code, stdout } = await tool('fields');
    expect(code).toBe(0);
    for (const [event, fields] of Object.entries(whereFieldsByEvent)) {
      expect(stdout).toMatch(new RegExp(`^${event.replace('.', '\\.')}$`, 'm'));
      for (const field of Object.keys(fields)) expect(stdout).toMatch(new RegExp(`^  ${field} +\\S`, 'm'));
    }
    expect(stdout).toMatch(/^identity\.verified\n {2}customerId /m);
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
