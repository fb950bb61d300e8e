import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../protocol/result.js';
import { projectRoot } from '../../server/projectRoot.js';
import { login } from '../support/lab.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) await killHard(child);
});

describe('the compiled server, as `npm start` runs it', () => {
  beforeAll(() => {
    // The same command `npm run build` runs after building the console.
    execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'pipe' });
  }, 60_000);

  it('is one file for plain Node: no tsx, no TypeScript left', async () => {
    const bundle = await readFile(path.join(projectRoot, 'dist', 'server', 'main.js'), 'utf8');
    expect(bundle).not.toMatch(/from ["']tsx|import\(["']tsx|\.ts["']/);
  });

  it('starts from another folder with plain node, finds its scenarios and company, and answers', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'lab-compiled-'));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    children.push(await startServerProcess(dataDir, port, { compiled: true, cwd: tmpdir() }));

    const mode = await fetch(`${baseUrl}/api/auth/mode`);
    expect(mode.status).toBe(200);
    expect(await mode.json()).toEqual({ ok: true, data: { demo: true } });

    // The library and the company's data were found relative to the project, not to dist/server/.
    const cookie = await login(baseUrl, 'docente', 'docente');
    const scenarios = (await (await fetch(`${baseUrl}/api/scenarios`, { headers: { cookie } })).json()) as Result<{ id: string }[]>;
    expect(scenarios.ok && scenarios.data.map((scenario) => scenario.id)).toContain('helpdesk-fibra-guasto');
  }, 60_000);
});
