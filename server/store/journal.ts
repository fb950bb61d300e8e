import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { openAppendFile, writeAll, type AppendFile } from './appendFile.js';
import { completeLines } from './lineFiles.js';
import { labLog } from '../logger.js';

/** One record of the journal: a session's event, already serialised as its log line. */
export interface JournalRecord {
  sessionId: string;
  line: string;
}

/** What the journal needs of an open file; tests hand in one whose disk fills up. */
export type JournalFile = Omit<AppendFile, 'stat'>;
export type OpenJournalFile = (file: string) => Promise<JournalFile>;

interface Waiting {
  text: string;
  /** Called synchronously once the group is synced, before any later group or rotation. */
  durable: () => void;
  done: (error?: Error) => void;
}

const journalName = (number: number) => `journal-${String(number).padStart(6, '0')}.wal`;
const journalNumber = (name: string) => Number(/^journal-(\d+)\.wal$/.exec(name)?.[1] ?? NaN);

/**
 * The write-ahead journal every live call appends to. Appends that arrive while a write is on its
 * way to disk go together in the next one, so a thousand calls share one `datasync` instead of
 * syncing a thousand files. A failed write is cut off again, so a refused action never comes back
 * from the journal after a restart.
 */
export class Journal {
  #handle: JournalFile | null = null;
  #number = 0;
  #size = 0;
  #waiting: Waiting[] = [];
  #flushing: Promise<void> | null = null;
  #broken: Error | null = null;
  /** Whether the last group written was synced: a readiness probe reads it instead of writing a test record. */
  #lastWriteOk = true;
  #buffer = Buffer.allocUnsafe(1024 * 1024);

  constructor(
    private readonly dir: string,
    /** Called between two writes once the journal has grown past `rotateBytes`: the store makes the old records durable elsewhere. */
    private readonly rotated: (retire: (unlinkOld: boolean) => Promise<void>) => void,
    private readonly rotateBytes: number,
    private readonly openFile: OpenJournalFile = openAppendFile,
  ) {}

  /** The journals left by a run that did not close cleanly, oldest first. */
  static async leftOver(dir: string): Promise<string[]> {
    const names = await readdir(dir).catch(() => [] as string[]);
    return names
      .filter((name) => Number.isFinite(journalNumber(name)))
      .sort((a, b) => journalNumber(a) - journalNumber(b))
      .map((name) => path.join(dir, name));
  }

  /**
   * Reads a journal, dropping a torn last record. A record that does not even name its session
   * (damage in the middle of the file) is counted, not fatal: the records around it are kept.
   */
  static async records(file: string): Promise<{ records: JournalRecord[]; unreadable: number[] }> {
    const records: JournalRecord[] = [];
    const unreadable: number[] = [];
    for (const [index, entry] of completeLines(await readFile(file, 'utf8'))
      .split('\n')
      .entries()) {
      if (entry === '') continue;
      const space = entry.indexOf(' ');
      const sessionId = entry.slice(0, Math.max(space, 0));
      if (!/^[\w-]+$/.test(sessionId)) unreadable.push(index + 1);
      else records.push({ sessionId, line: entry.slice(space + 1) });
    }
    return { records, unreadable };
  }

  /** Starts after the journals already there, which recovery has emptied into the session files. */
  async start(after: number): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    this.#number = after;
    await this.#openNext();
  }

  async #openNext(): Promise<void> {
    this.#number += 1;
    this.#handle = await this.openFile(path.join(this.dir, journalName(this.#number)));
    this.#size = 0;
  }

  /** Open, not broken by a failed cut, and its last write synced: the next append has every reason to succeed. */
  get writable(): boolean {
    return this.#handle !== null && this.#broken === null && this.#lastWriteOk;
  }

  /** Resolves once the records are synced to disk; `durable` runs at that moment, in journal order. */
  append(records: readonly JournalRecord[], durable: () => void): Promise<void> {
    if (this.#broken) return Promise.reject(this.#broken);
    if (!this.#handle) return Promise.reject(new Error('The session journal is closed.'));
    const text = records.map((record) => `${record.sessionId} ${record.line}\n`).join('');
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ text, durable, done: (error) => (error ? reject(error) : resolve()) });
      this.#flushing ??= this.#flush();
    });
  }

  async #flush(): Promise<void> {
    while (this.#waiting.length > 0) {
      const group = this.#waiting.splice(0);
      const bytes = this.#encode(group.map((entry) => entry.text).join(''));
      const handle = this.#handle!;
      try {
        // Every byte is written (a short write goes on) and synced before anyone is told it is saved.
        await writeAll(handle, this.#buffer, bytes);
        await handle.datasync();
        this.#size += bytes;
        this.#lastWriteOk = true;
        for (const entry of group) entry.durable();
        for (const entry of group) entry.done();
      } catch (error) {
        this.#lastWriteOk = false;
        // What was written of a refused group must not be replayed after a crash. #size counts only
        // whole synced groups, so the cut never lengthens the file (which would fill it with NULs).
        await handle.truncate(this.#size).catch((cut: Error) => (this.#broken = cut));
        for (const entry of group) entry.done(error as Error);
      }
      if (this.#size >= this.rotateBytes && !this.#broken) await this.#rotate();
    }
    this.#flushing = null;
  }

  /** Encodes a group into one buffer kept from write to write (under load a group is about a megabyte). */
  #encode(text: string): number {
    const bytes = Buffer.byteLength(text);
    if (bytes > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(Math.max(bytes, this.#buffer.length * 2));
    return this.#buffer.write(text, 0);
  }

  async #rotate(): Promise<void> {
    const old = { handle: this.#handle!, file: path.join(this.dir, journalName(this.#number)) };
    try {
      await this.#openNext();
    } catch (error) {
      this.#handle = old.handle;
      this.#number -= 1;
      labLog().error({ err: error }, 'could not start a new journal; going on with the old one');
      return;
    }
    this.rotated(async (unlinkOld) => {
      await old.handle.close();
      // If a session file could not be written, the old journal stays: the next start empties it.
      if (unlinkOld) await unlink(old.file);
    });
  }

  /** Waits for the writes under way, then closes; the store removes the journals once the session files hold everything. */
  async close(): Promise<void> {
    await this.#flushing;
    await this.#handle?.close();
    this.#handle = null;
  }
}

export { journalNumber };
