import { appendFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { FileEventLogStore, parseLog } from '../../server/store/eventLog.js';

const event = (seq: number): SessionEvent => ({ seq, at: 1000 + seq, by: 'caller', type: 'caller.said', data: { lineId: 'problem', text: `line ${seq}` } });
const tempDir = () => mkdtemp(path.join(tmpdir(), 'lab-store-'));

describe('session logs on disk', () => {
  it('appends events as JSON lines and reads them back in order, across many concurrent appends', async () => {
    const dir = await tempDir();
    const store = new FileEventLogStore(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.append('s1', [event(i + 1)])));
    await store.append('s2', [event(1), event(2)]);
    expect((await store.read('s1')).map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await store.list()).toEqual(expect.arrayContaining(['s1', 's2']));
    await store.close();
    const again = new FileEventLogStore(dir);
    expect(await again.read('s2')).toEqual([event(1), event(2)]);
    expect(await again.read('never-written')).toEqual([]);
  });

  it('drops a torn last line left by a crash, but refuses a log corrupt in the middle', async () => {
    const dir = await tempDir();
    const store = new FileEventLogStore(dir);
    await store.append('s1', [event(1), event(2)]);
    await store.close();
    await appendFile(path.join(dir, 's1.jsonl'), '{"seq":3,"at":10');
    expect((await new FileEventLogStore(dir).read('s1')).map((e) => e.seq)).toEqual([1, 2]);
    expect(() => parseLog(`${JSON.stringify(event(1))}\n{"broken\n${JSON.stringify(event(3))}\n`)).toThrow(/line 2/);
  });

  it('reports a failed write to the caller instead of pretending it is saved', async () => {
    const dir = await tempDir();
    await appendFile(path.join(dir, 'a-file'), 'not a folder');
    const store = new FileEventLogStore(path.join(dir, 'a-file', 'sessions'));
    await expect(store.append('s1', [event(1)])).rejects.toThrow(/ENOTDIR|EEXIST/);
  });
});

describe('documents on disk (lowdb)', () => {
  it('persists changes to the file, also under Vitest (NODE_ENV=test)', async () => {
    const file = path.join(await tempDir(), 'lab.json');
    const store = await openDocumentStore(file);
    await store.update((data) => void data.classes.push({ id: 'c1', name: 'Aula' }));
    expect(JSON.parse(await readFile(file, 'utf8')).classes).toEqual([{ id: 'c1', name: 'Aula' }]);
    const reopened = await openDocumentStore(file);
    expect(reopened.data.classes).toEqual([{ id: 'c1', name: 'Aula' }]);
  });
});
