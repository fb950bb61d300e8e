import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { openAppendFile, type OpenAppendFile } from '../../server/store/appendFile.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';
import { backupDataFolder, copyDataFolder, restoreDataFolder } from '../../server/store/snapshot.js';
import { closeAfterEach } from '../support/closeAfterEach.js';

const event = (seq: number): SessionEvent => ({
  seq,
  at: 1000 + seq,
  by: 'caller',
  type: 'caller.said',
  data: { lineId: 'problem', text: `line ${seq}` },
});
const tempDir = () => mkdtemp(path.join(tmpdir(), 'lab-snapshot-'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const openStore = closeAfterEach((...args: ConstructorParameters<typeof FileEventLogStore>) => new FileEventLogStore(...args));

/** Session files written late and half a write at a time: acknowledged events are often only in a journal, files end torn. */
const slowDisk: OpenAppendFile = async (file) => {
  const handle = await openAppendFile(file);
  return {
    write: async (buffer, offset, length) => {
      await pause(3);
      return handle.write(buffer, offset, Math.ceil(length / 2));
    },
    datasync: () => handle.datasync(),
    truncate: (length) => handle.truncate(length),
    stat: () => handle.stat(),
    close: () => handle.close(),
  };
};

describe('a snapshot of a data folder being written', () => {
  it('keeps every acknowledged event, also those only in a journal that is rotated away during the copy', async () => {
    const dir = await tempDir();
    const store = openStore(path.join(dir, 'sessions'), { rotateJournalBytes: 1_500, openJournal: openAppendFile, openFile: slowDisk });
    const acked = new Map<string, number>();
    let stop = false;
    const calls = Array.from({ length: 8 }, (_, index) => `s${index + 1}`);
    const writing = calls.map(async (id) => {
      for (let seq = 1; !stop; seq++) {
        await store.append(id, [event(seq)]);
        acked.set(id, seq);
      }
    });
    while ((acked.get('s8') ?? 0) < 20) await pause(5);
    const before = new Map(acked);
    const staging = await tempDir();
    await copyDataFolder(dir, staging);
    stop = true;
    await Promise.all(writing);

    // Opened on the copy, the store replays the copied journals into the copied session files, as after a crash.
    const restored = openStore(path.join(staging, 'sessions'));
    for (const id of calls) {
      const seqs = (await restored.read(id)).map((e) => e.seq);
      expect(seqs.length, id).toBeGreaterThanOrEqual(before.get(id)!);
      expect(seqs, id).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    }
    expect(await restored.damaged()).toEqual([]);
  });

  it('round-trips through a tar.gz, leaves out the folder’s own backups, and restores only into an empty folder', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'lab.json'), '{"cookieSecret":"s","users":[],"classes":[]}');
    await writeFile(path.join(dir, 'reviews.jsonl'), '{"a":1}\n{"torn"');
    await writeFile(path.join(dir, '.lab.json.tmp'), '{"half');
    await mkdir(path.join(dir, 'backups'));
    await writeFile(path.join(dir, 'backups', 'old.tar.gz'), 'old');
    const archive = path.join(dir, 'backups', 'now.tar.gz');
    await backupDataFolder(dir, archive);

    const busy = await tempDir();
    await writeFile(path.join(busy, 'lab.json'), '{}');
    await expect(restoreDataFolder(archive, busy)).rejects.toThrow(`${busy} is not empty (it holds lab.json)`);

    const target = path.join(await tempDir(), 'data');
    await restoreDataFolder(archive, target);
    expect((await readdir(target)).sort()).toEqual(['lab.json', 'reviews.jsonl']);
    expect(await readFile(path.join(target, 'reviews.jsonl'), 'utf8')).toBe('{"a":1}\n');
  });
});
