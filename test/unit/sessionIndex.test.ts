import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAfterEach } from '../support/closeAfterEach.js';
import { openDocumentStore } from '../../server/store/documentStore.js';
import type { SessionRecord } from '../../server/store/documents.js';
import { FileSessionIndex, MemorySessionIndex, openSessionIndex, type SessionIndex } from '../../server/store/sessionIndex.js';
import { newRecord } from '../../server/runtime/sessionRecords.js';

const record = (id: string): SessionRecord =>
  newRecord(id, { scenarioId: 'helpdesk-fibra-guasto', traineeId: 'u-allievo1', launchedBy: 'u-docente' }, 1_000);
const indexFile = async () => path.join(await mkdtemp(path.join(tmpdir(), 'lab-index-')), 'session-index.jsonl');
const linesOf = async (file: string) => (await readFile(file, 'utf8')).split('\n').filter(Boolean);

const openIndex = closeAfterEach((file: string) => FileSessionIndex.open(file));
const takeOver = closeAfterEach(openSessionIndex);

describe('the session index file', () => {
  it('keeps launches, ends and removals across a restart, in launch order', async () => {
    const file = await indexFile();
    const index = await openIndex(file);
    const [first, second, phantom] = [record('s1'), record('s2'), record('s3')];
    for (const entry of [first, second, phantom]) index.add(entry);
    first.status = 'ended';
    first.percent = 90;
    index.changed(first);
    index.remove(phantom.id);
    await index.close();

    const reopened = await openIndex(file);
    expect(reopened.all().map((entry) => [entry.id, entry.status, entry.percent])).toEqual([
      ['s1', 'ended', 90],
      ['s2', 'live', null],
    ]);
    // One line per change, not the whole index each time.
    expect(await linesOf(file)).toHaveLength(5);
  });

  it('drops a torn last line left by a crash and writes the next change on a line of its own', async () => {
    const file = await indexFile();
    const index = await openIndex(file);
    index.add(record('s1'));
    await index.close();
    await appendFile(file, '{"id":"s2","scenarioId":"helpd');

    const reopened = await openIndex(file);
    expect(reopened.all().map((entry) => entry.id)).toEqual(['s1']);
    reopened.add(record('s3'));
    await reopened.close();
    expect((await openIndex(file)).all().map((entry) => entry.id)).toEqual(['s1', 's3']);
  });

  it('rewrites itself once changes make it more than twice as long as the index', async () => {
    const file = await indexFile();
    const index = await openIndex(file);
    const entries = Array.from({ length: 10 }, (_, at) => record(`s${at}`));
    for (const entry of entries) index.add(entry);
    for (let round = 0; round < 300; round++) for (const entry of entries) index.changed(entry);
    await index.flush();
    expect((await linesOf(file)).length).toBeLessThanOrEqual(2 * entries.length + 1000);
    await index.close();
    expect((await openIndex(file)).all().map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
  });

  it('takes over the sessions of a lab.json from before it had its own file, and lab.json lets them go', async () => {
    const dir = path.dirname(await indexFile());
    const documents = await openDocumentStore(path.join(dir, 'lab.json'));
    await documents.update((data) => void (data.sessions = [record('old-1'), record('old-2')]));

    const index = await takeOver(path.join(dir, 'session-index.jsonl'), documents);
    expect(index.all().map((entry) => entry.id)).toEqual(['old-1', 'old-2']);
    expect(JSON.parse(await readFile(path.join(dir, 'lab.json'), 'utf8'))).not.toHaveProperty('sessions');
    expect((await linesOf(path.join(dir, 'session-index.jsonl'))).map((line) => (JSON.parse(line) as SessionRecord).id)).toEqual([
      'old-1',
      'old-2',
    ]);
  });
});

describe('the in-memory session index', () => {
  it('answers as the file index does, for the labs of tests that keep nothing on disk', async () => {
    const onDisk = await openIndex(await indexFile());
    const inMemory = new MemorySessionIndex([record('s0')]);
    onDisk.add(record('s0'));
    for (const index of [onDisk, inMemory] as SessionIndex[]) {
      const [first, phantom] = [record('s1'), record('s2')];
      index.add(first);
      index.add(phantom);
      first.damaged = true;
      index.changed(first);
      index.remove(phantom.id);
      await index.flush();
    }
    expect(inMemory.all()).toEqual(onDisk.all());
    expect(inMemory.get('s1')).toMatchObject({ damaged: true });
    expect(inMemory.get('s2')).toBeUndefined();
  });
});
