import { appendFile, mkdtemp, open, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { closeAfterEach } from '../support/closeAfterEach.js';
import type { SessionEvent } from '../../protocol/events.js';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { parseLog } from '../../server/store/eventLog.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';

const event = (seq: number): SessionEvent => ({
  seq,
  at: 1000 + seq,
  by: 'caller',
  type: 'caller.said',
  data: { lineId: 'problem', text: `line ${seq}` },
});
const tempDir = () => mkdtemp(path.join(tmpdir(), 'lab-store-'));

const openStore = closeAfterEach((...args: ConstructorParameters<typeof FileEventLogStore>) => new FileEventLogStore(...args));

describe('session logs on disk', () => {
  it('appends events as JSON lines and reads them back in order, across many concurrent appends', async () => {
    const dir = await tempDir();
    const store = openStore(dir);
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.append('s1', [event(i + 1)])));
    await store.append('s2', [event(1), event(2)]);
    expect((await store.read('s1')).map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await store.list()).toEqual(expect.arrayContaining(['s1', 's2']));
    await store.close();
    const again = openStore(dir);
    expect(await again.read('s2')).toEqual([event(1), event(2)]);
    expect(await again.read('never-written')).toEqual([]);
  });

  it('drops a torn last line left by a crash, but refuses a log corrupt in the middle', async () => {
    const dir = await tempDir();
    const store = openStore(dir);
    await store.append('s1', [event(1), event(2)]);
    await store.close();
    await appendFile(path.join(dir, 's1.jsonl'), '{"seq":3,"at":10');
    expect((await openStore(dir).read('s1')).map((e) => e.seq)).toEqual([1, 2]);
    expect(() => parseLog(`${JSON.stringify(event(1))}\n{"broken\n${JSON.stringify(event(3))}\n`)).toThrow(/line 2/);
  });

  it('keeps an acknowledged event through a crash that lost the unsynced writes of its session file', async () => {
    const dir = await tempDir();
    const crashed = openStore(dir);
    await crashed.append('s1', [event(1), event(2)]);
    await crashed.append('s2', [event(1)]);
    expect((await crashed.read('s1')).map((e) => e.seq)).toEqual([1, 2]);
    expect(await crashed.read('s2')).toEqual([event(1)]);
    // Acknowledged once in the shared journal; the session's own file is synced only when the call ends.
    // A power cut can leave it short: here s1 lost its second line, s2 its only one, half written.
    await writeFile(path.join(dir, 's1.jsonl'), `${JSON.stringify(event(1))}\n`);
    await writeFile(path.join(dir, 's2.jsonl'), JSON.stringify(event(1)).slice(0, 20));
    const restarted = openStore(dir);
    expect((await restarted.read('s1')).map((e) => e.seq)).toEqual([1, 2]);
    expect(parseLog(await readFile(path.join(dir, 's2.jsonl'), 'utf8'))).toEqual([event(1)]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.wal'))).toHaveLength(1);
  });

  it('recovers from a torn journal record and a session file cut mid-line', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 's1.jsonl'), `${JSON.stringify(event(1))}\n${JSON.stringify(event(2))}\n{"seq":3,"at":10`);
    const journal = [2, 3, 4].map((seq) => `s1 ${JSON.stringify(event(seq))}\n`).join('') + `s1 {"seq":5,"at"`;
    await writeFile(path.join(dir, 'journal-000007.wal'), journal);
    const store = openStore(dir);
    expect((await store.read('s1')).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(parseLog(await readFile(path.join(dir, 's1.jsonl'), 'utf8')).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    // The next journal follows the one recovered, which is gone.
    expect((await readdir(dir)).filter((name) => name.endsWith('.wal'))).toEqual(['journal-000008.wal']);
  });

  it('retires an old journal once every call’s file holds its events, and reads stay whole meanwhile', async () => {
    const dir = await tempDir();
    const store = openStore(dir, { rotateJournalBytes: 2_000 });
    for (let seq = 1; seq <= 40; seq++) {
      await Promise.all(['s1', 's2', 's3'].map((id) => store.append(id, [event(seq)])));
      expect((await store.read('s2')).map((e) => e.seq)).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
    }
    // Rotated several times while the calls go on: each old journal is gone once the calls' files hold its events, synced.
    const journals = async () => (await readdir(dir)).filter((name) => name.endsWith('.wal'));
    await vi.waitFor(async () => expect(await journals()).toHaveLength(1));
    expect(Number(/\d+/.exec((await journals())[0]!)?.[0])).toBeGreaterThan(3);
    await store.close();
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.wal$/)]));
    for (const id of ['s1', 's2', 's3'])
      expect(parseLog(await readFile(path.join(dir, `${id}.jsonl`), 'utf8')).map((e) => e.seq)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
  });

  it('cuts a journal write that failed half-way, so a refused action never comes back after a restart', async () => {
    const dir = await tempDir();
    let diskFull = false;
    const openJournal = async (file: string) => {
      const handle = await open(file, 'a');
      return {
        // A full disk takes half the bytes, then refuses the rest.
        write: async (buffer: Buffer, offset: number, length: number) => {
          if (!diskFull) return handle.write(buffer, offset, length);
          await handle.write(buffer, offset, Math.floor(length / 2));
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
        datasync: () => handle.datasync(),
        truncate: (length: number) => handle.truncate(length),
        close: () => handle.close(),
      };
    };
    const store = openStore(dir, { openJournal });
    await store.append('s1', [event(1), event(2)]);
    diskFull = true;
    await expect(store.append('s1', [event(3)])).rejects.toThrow(/ENOSPC/);
    diskFull = false;
    // The action is retried once the disk has room: the same seq, now with other content.
    const retried = { ...event(3), data: { lineId: 'problem', text: 'retried' } } as SessionEvent;
    await store.append('s1', [retried]);
    expect(await store.read('s1')).toEqual([event(1), event(2), retried]);

    // A crash now, with the session file losing its unsynced lines: the journal alone rebuilds it.
    await writeFile(path.join(dir, 's1.jsonl'), '');
    expect(await openStore(dir).read('s1')).toEqual([event(1), event(2), retried]);
  });

  it('keeps each call’s lines in order across rotations that close its file while it is written', async () => {
    const dir = await tempDir();
    // A journal rotated after almost every group: each rotation syncs and closes the files being written.
    const store = openStore(dir, { rotateJournalBytes: 300 });
    let seq = 0;
    for (let burst = 0; burst < 20; burst++) await Promise.all(Array.from({ length: 10 }, () => store.append('s1', [event(++seq)])));
    expect((await store.read('s1')).map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    await store.close();
    expect(parseLog(await readFile(path.join(dir, 's1.jsonl'), 'utf8')).map((e) => e.seq)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
  });

  it('reports a failed write to the caller instead of pretending it is saved', async () => {
    const dir = await tempDir();
    await appendFile(path.join(dir, 'a-file'), 'not a folder');
    const store = openStore(path.join(dir, 'a-file', 'sessions'));
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
