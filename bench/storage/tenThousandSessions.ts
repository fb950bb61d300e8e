import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Makes a data folder with many finished sessions, for timing `npm run lab -- backup` on it:
 *   node --import tsx bench/storage/tenThousandSessions.ts <folder> [count=10000]
 * Each session is a copy of the real finished call in test/fixtures/data-format-0 (a whole call of
 * helpdesk-fibra-guasto, 13 trainee actions, about 9 KB) under its own id, with its launch and end
 * lines in the session index, so a lab started on the folder lists and scores every one of them.
 * Each copy's times (launch a minute after the last, each event a few random seconds after the
 * one before) are its own, so the archive is not flattered by ten thousand identical files;
 * the texts repeat, as they do in a year of courses on a few scenarios.
 */
const fixture = fileURLToPath(new URL('../../test/fixtures/data-format-0/', import.meta.url));
const [target, countText] = process.argv.slice(2);
if (!target) throw new Error('usage: tenThousandSessions.ts <folder> [count]');
const count = Number(countText ?? 10_000);
const dir = path.resolve(target);

await mkdir(path.join(dir, 'sessions'), { recursive: true });
await cp(path.join(fixture, 'lab.json'), path.join(dir, 'lab.json'));
await writeFile(path.join(dir, 'reviews.jsonl'), '');
const [originalId] = (await readFile(path.join(fixture, 'session-index.jsonl'), 'utf8')).match(/"id":"([\w-]+)"/)!.slice(1);
const log = await readFile(path.join(fixture, 'sessions', `${originalId}.jsonl`), 'utf8');
const indexLines = (await readFile(path.join(fixture, 'session-index.jsonl'), 'utf8')).trimEnd().split('\n');

const events = log
  .trimEnd()
  .split('\n')
  .map((line) => JSON.parse(line) as { at: number });
const launchedAt = events[0]!.at;

const index: string[] = [];
for (let n = 0; n < count; n++) {
  const id = `bench${String(n).padStart(7, '0')}`;
  const start = launchedAt + n * 60_000;
  let at = start;
  const copy = events.map((event, position) => {
    at += position === 0 ? 0 : Math.floor(Math.random() * 8_000);
    return JSON.stringify({ ...event, at });
  });
  await writeFile(path.join(dir, 'sessions', `${id}.jsonl`), `${copy.join('\n')}\n`);
  for (const line of indexLines)
    index.push(
      line
        .replace(`"id":"${originalId}"`, `"id":"${id}"`)
        .replace(`"launchedAt":${launchedAt}`, `"launchedAt":${start}`)
        .replace(/"endedAt":\d+/, `"endedAt":${at}`),
    );
}
await writeFile(path.join(dir, 'session-index.jsonl'), `${index.join('\n')}\n`);
console.log(`${count} sessions in ${dir}`);
