import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { currentFormat, prepareDataFolder } from '../../server/dataFolder.js';
import { restoreDataFolder } from '../../server/store/snapshot.js';
import { getJson, login } from '../support/lab.js';
import { freePort, killHard, startServerProcess } from '../support/serverProcess.js';

/**
 * A data folder as the release before data formats made it (LAB_DEMO=1, one finished call of
 * helpdesk-fibra-guasto by allievo1): no format.json, so format 0.
 */
const fixture = fileURLToPath(new URL('../fixtures/data-format-0/', import.meta.url));
const fixtureSession = 'LFRBCyeLvqrA';

const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) await killHard(child);
});

async function copyOfFixture(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'lab-upgrade-')), 'data');
  await cp(fixture, dir, { recursive: true });
  return dir;
}

interface Lab {
  classes: { id: string; instructorIds?: string[] }[];
}
const readLab = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'lab.json'), 'utf8')) as Lab;

/** The fixture as a folder made before class scoping: its classes name no instructors. */
async function beforeClassScoping(dir: string): Promise<Lab> {
  const lab = await readLab(dir);
  lab.classes = [
    ...lab.classes.map(({ instructorIds: _dropped, ...rest }) => rest),
    { id: 'aula-b', name: 'Aula B' } as Lab['classes'][number],
  ];
  await writeFile(path.join(dir, 'lab.json'), JSON.stringify(lab, null, 2));
  return lab;
}

describe('a data folder from an older release', () => {
  it('is backed up, upgraded and marked with the current format when a newer lab starts, and its session still replays', async () => {
    const dir = await copyOfFixture();
    const before = await beforeClassScoping(dir);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    children.push(await startServerProcess(dir, port));

    expect(JSON.parse(await readFile(path.join(dir, 'format.json'), 'utf8'))).toEqual({ format: currentFormat });
    expect((await readLab(dir)).classes.map((c) => [c.id, c.instructorIds])).toEqual([
      ['aula-a', ['u-docente']],
      ['aula-b', []],
    ]);
    // The instructor of the demo class still sees its trainees' finished call, scored from its replayed log.
    const instructor = await login(baseUrl, 'docente', 'docente');
    const score = await getJson<unknown>(baseUrl, `/api/sessions/${fixtureSession}/score`, instructor);
    expect(score.status).toBe(200);
    expect(score.body).toMatchObject({ ok: true });

    // The backup holds the folder as it was before the upgrade.
    const backups = await readdir(path.join(dir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^before-format-1-from-0-.*\.tar\.gz$/)]);
    const restored = path.join(await mkdtemp(path.join(tmpdir(), 'lab-upgrade-backup-')), 'data');
    await restoreDataFolder(path.join(dir, 'backups', backups[0]!), restored);
    expect(await readLab(restored)).toEqual(before);
    expect((await readdir(restored)).includes('format.json')).toBe(false);
  }, 60_000);

  it('warns about a class left without instructors, and a second start changes nothing more', async () => {
    const dir = await copyOfFixture();
    await beforeClassScoping(dir);
    const warnings: string[] = [];
    expect(await prepareDataFolder(dir, (message) => warnings.push(message))).toMatchObject({ from: 0, to: currentFormat });
    expect(warnings).toEqual([
      expect.stringContaining('class aula-b had no instructors'),
      expect.stringContaining('upgraded from data format 0'),
    ]);
    expect(await prepareDataFolder(dir, (message) => warnings.push(message))).toEqual({ from: 1, to: 1, backup: null });
    expect(warnings).toHaveLength(2);
    expect(await readdir(path.join(dir, 'backups'))).toHaveLength(1);
  });

  it('is refused when a newer lab wrote it, naming both formats', async () => {
    const dir = await copyOfFixture();
    await writeFile(path.join(dir, 'format.json'), '{ "format": 7 }\n');
    const start = startServerProcess(dir, await freePort());
    await expect(start).rejects.toThrow(/holds data format 7, written by a newer lab; this lab reads formats up to 1/);
    expect(await readdir(dir)).not.toContain('backups');
  }, 30_000);
});
