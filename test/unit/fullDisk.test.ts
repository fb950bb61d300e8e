import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../protocol/events.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';
import type { AppendFile } from '../../server/store/appendFile.js';
import { closeAfterEach } from '../support/closeAfterEach.js';
import { startLab, stopLab } from '../support/lab.js';

const event = (seq: number, text: string): SessionEvent => ({
  seq,
  at: 1000 + seq,
  by: 'caller',
  type: 'caller.said',
  data: { lineId: 'problem', text },
});
const openStore = closeAfterEach((...args: ConstructorParameters<typeof FileEventLogStore>) => new FileEventLogStore(...args));
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/**
 * A disk with a few kilobytes free, shared by every file the store opens: a write that does not fit
 * writes what fits and says so (a short write, as write(2) does), the next one is refused; and now and
 * then a write is short even with room, as a device may make it.
 */
class SmallDisk {
  extendedByTruncate = 0;
  shortWrites = 0;
  #writes = 0;
  constructor(public free: number) {}

  open = async (file: string): Promise<AppendFile> => {
    const handle = await open(file, 'a');
    let size = (await handle.stat()).size;
    return {
      write: async (buffer: Buffer, offset: number, length: number) => {
        if (this.free === 0) throw enospc();
        const chopped = ++this.#writes % 7 === 0 ? Math.ceil(length / 2) : length;
        const fits = Math.min(length, chopped, this.free);
        if (fits < length) this.shortWrites++;
        // Taken before the await: the other files' writes run meanwhile.
        this.free -= fits;
        size += fits;
        const written = await handle.write(buffer, offset, fits);
        return written;
      },
      datasync: () => handle.datasync(),
      truncate: async (length: number) => {
        if (length > size) this.extendedByTruncate++;
        await handle.truncate(length);
        this.free += size - length;
        size = length;
      },
      stat: () => handle.stat(),
      close: () => handle.close(),
    };
  };
}

/** Forty calls acting round after round; what each append acknowledged is what must survive. */
function floor(store: FileEventLogStore) {
  const sessions = Array.from({ length: 40 }, (_, index) => `call-${index + 1}`);
  const acked = new Map<string, SessionEvent[]>(sessions.map((id) => [id, []]));
  let refused = 0;
  const round = async (label: string) => {
    let refusedNow = 0;
    await Promise.all(
      sessions.map(async (id) => {
        const events = acked.get(id)!;
        // A refused action changed nothing: the next one takes the same seq, as on the floor.
        const next = event(events.length + 1, `${id} ${label} ${'parla più piano '.repeat(6)}`);
        try {
          await store.append(id, [next]);
          events.push(next);
        } catch {
          refusedNow++;
        }
      }),
    );
    refused += refusedNow;
    return refusedNow;
  };
  return {
    sessions,
    acked,
    round,
    refused: () => refused,
    total: () => [...acked.values()].reduce((sum, events) => sum + events.length, 0),
  };
}

async function filesWithNul(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await readFile(file)).includes(0)) found.push(file);
  }
  return found;
}

async function expectEveryAckedEvent(dir: string, calls: ReturnType<typeof floor>): Promise<void> {
  const restarted = openStore(dir);
  for (const id of calls.sessions) expect(await restarted.read(id), id).toEqual(calls.acked.get(id));
  await restarted.close();
  expect(await filesWithNul(dir)).toEqual([]);
}

describe('a disk that fills up while calls are recorded', () => {
  it.each(['stopped', 'killed'] as const)(
    'keeps every acknowledged event, writes no NUL byte, and the store starts again (%s)',
    async (end) => {
      const dir = await mkdtemp(path.join(tmpdir(), 'lab-full-'));
      const disk = new SmallDisk(60_000);
      const store = openStore(dir, { openJournal: disk.open, openFile: disk.open });
      const calls = floor(store);

      // Act until the disk refuses, and a few rounds more.
      for (let round = 1; calls.refused() === 0 && round <= 200; round++) await calls.round(`a${round}`);
      for (let round = 1; round <= 5; round++) await calls.round(`b${round}`);
      expect(calls.refused()).toBeGreaterThan(0);
      expect(disk.shortWrites).toBeGreaterThan(0);

      // Room again: every action is acknowledged.
      disk.free += 10_000_000;
      for (let round = 1; round <= 5; round++) expect(await calls.round(`c${round}`)).toBe(0);
      expect(disk.extendedByTruncate).toBe(0);

      if (end === 'stopped') await store.close();
      // Killed: nothing more is written by this store; the journals left must rebuild everything.
      else for (const id of calls.sessions) await store.read(id);
      await expectEveryAckedEvent(dir, calls);
    },
  );

  it('recovers the session files a short write cut mid-line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lab-full-'));
    const disk = new SmallDisk(5_000);
    const store = openStore(dir, { openJournal: disk.open, openFile: disk.open });
    const calls = floor(store);
    for (let round = 1; round <= 10; round++) await calls.round(`a${round}`);
    disk.free += 1_000_000;
    for (let round = 1; round <= 3; round++) await calls.round(`c${round}`);
    for (const id of calls.sessions) expect(await store.read(id), id).toEqual(calls.acked.get(id));
    await store.close();
    await expectEveryAckedEvent(dir, calls);
  });
});

/** Mounts a real tmpfs of 2 MB, or says why it cannot. */
function mountSmallTmpfs(dir: string): string | null {
  if (process.getuid?.() !== 0) return 'the test does not run as root, so it cannot mount a tmpfs';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs was refused: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}

describe('a real 2 MB tmpfs that fills up', () => {
  it('keeps every acknowledged event across a full-disk episode and a kill, and the lab starts', async (context) => {
    const mountPoint = await mkdtemp(path.join(tmpdir(), 'lab-tmpfs-'));
    const refused = mountSmallTmpfs(mountPoint);
    if (refused) {
      console.warn(`skipped: ${refused}`);
      context.skip();
      return;
    }
    try {
      const dir = path.join(mountPoint, 'sessions');
      await mkdir(dir);
      // Fill the disk but about 256 KB.
      const { stdout } = { stdout: execFileSync('df', ['--output=avail', '-B1', mountPoint]).toString() };
      const available = Number(stdout.trim().split('\n').at(-1));
      const filler = path.join(mountPoint, 'filler');
      await writeFile(filler, Buffer.alloc(Math.max(0, available - 256 * 1024), 1));

      const store = openStore(dir, { rotateJournalBytes: 128 * 1024 });
      const calls = floor(store);
      for (let round = 1; calls.refused() === 0 && round <= 400; round++) await calls.round(`a${round}`);
      for (let round = 1; round <= 5; round++) await calls.round(`b${round}`);
      expect(calls.refused()).toBeGreaterThan(0);

      await rm(filler);
      for (let round = 1; round <= 5; round++) expect(await calls.round(`c${round}`)).toBe(0);
      for (const id of calls.sessions) await store.read(id);
      // Killed here: the next start must find every acknowledged event.
      await expectEveryAckedEvent(dir, calls);
      console.info(`tmpfs full disk: ${calls.total()} events acknowledged, ${calls.refused()} refused, lost: 0`);

      const lab = await startLab({}, mountPoint);
      await stopLab(lab);
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  }, 60_000);
});
