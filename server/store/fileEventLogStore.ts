import { open, readFile, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SessionEvent } from '../../protocol/events.js';
import { parseLog, type EventLogStore } from './eventLog.js';
import { Journal, journalNumber } from './journal.js';

const seqOf = (line: string) => (JSON.parse(line) as SessionEvent).seq;

/**
 * Session logs as JSON lines in `<dir>/<sessionId>.jsonl`. An append is acknowledged once it is in
 * the shared journal (one `datasync` for every call appending at that moment); the session's own
 * file receives its lines when the call ends, or when the journal is rotated, and is synced then.
 * After a crash the journals still on disk are emptied into the session files before anything is read.
 */
export class FileEventLogStore implements EventLogStore {
  #ready: Promise<void>;
  #isReady = false;
  #journal: Journal;
  /** Lines acknowledged (in the journal) but not yet in the session's file. */
  #pending = new Map<string, string[]>();
  /** The writes to each session's file, one after the other. */
  #fileWrites = new Map<string, Promise<void>>();
  #retiring = new Set<Promise<void>>();

  constructor(
    private readonly dir: string,
    options: { rotateJournalBytes?: number } = {},
  ) {
    this.#journal = new Journal(dir, (retire) => this.#rotated(retire), options.rotateJournalBytes ?? 64 * 1024 * 1024);
    this.#ready = this.#recover().then(() => void (this.#isReady = true));
    // A failure is reported to whoever uses the store first, not as an unhandled rejection.
    this.#ready.catch(() => undefined);
  }

  #file(sessionId: string) {
    return path.join(this.dir, `${sessionId}.jsonl`);
  }

  async #recover(): Promise<void> {
    const journals = await Journal.leftOver(this.dir);
    const bySession = new Map<string, string[]>();
    for (const file of journals) {
      for (const { sessionId, line } of await Journal.records(file)) bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), line]);
    }
    for (const [sessionId, lines] of bySession) await this.#completeFile(sessionId, lines);
    for (const file of journals) await unlink(file);
    await this.#journal.start(journals.length > 0 ? journalNumber(path.basename(journals.at(-1)!)) : 0);
  }

  /** Adds to a session's file the journal lines it lacks, cutting a torn last line first. */
  async #completeFile(sessionId: string, journalLines: string[]): Promise<void> {
    const text = await readFile(this.#file(sessionId), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    const lastSeq = parseLog(complete).at(-1)?.seq ?? 0;
    // A group refused after a failed write was cut from the journal; a resent one may repeat a seq: the last one counts.
    const bySeq = new Map(journalLines.map((line) => [seqOf(line), line]));
    const missing = [...bySeq].filter(([seq]) => seq > lastSeq).sort(([a], [b]) => a - b).map(([, line]) => line);
    if (missing.length === 0 && complete.length === text.length) return;
    const handle = await open(this.#file(sessionId), 'a');
    try {
      await handle.truncate(Buffer.byteLength(complete));
      if (missing.length > 0) await handle.write(`${missing.join('\n')}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async append(sessionId: string, events: readonly SessionEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!this.#isReady) await this.#ready;
    const lines = events.map((event) => JSON.stringify(event));
    await this.#journal.append(
      lines.map((line) => ({ sessionId, line })),
      () => {
        const pending = this.#pending.get(sessionId);
        if (pending) pending.push(...lines);
        else this.#pending.set(sessionId, lines);
      },
    );
  }

  /** Moves a session's pending lines to its file, synced; if that fails they stay pending (the journal keeps them). */
  #moveToFile(sessionId: string): Promise<void> {
    const lines = this.#pending.get(sessionId);
    if (!lines) return this.#fileWrites.get(sessionId) ?? Promise.resolve();
    this.#pending.delete(sessionId);
    const previous = this.#fileWrites.get(sessionId) ?? Promise.resolve();
    const write = previous.then(async () => {
      try {
        const handle = await open(this.#file(sessionId), 'a');
        try {
          await handle.write(`${lines.join('\n')}\n`);
          await handle.datasync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        this.#pending.set(sessionId, [...lines, ...(this.#pending.get(sessionId) ?? [])]);
        throw error;
      }
    });
    const settled = write.catch(() => undefined);
    this.#fileWrites.set(sessionId, settled);
    void settled.then(() => this.#fileWrites.get(sessionId) === settled && this.#fileWrites.delete(sessionId));
    return write;
  }

  /** The journal moved on: once every line it held is synced in its session's file, the old journal goes. */
  #rotated(retire: (unlinkOld: boolean) => Promise<void>): void {
    const moves = [...this.#pending.keys()].map((sessionId) => this.#moveToFile(sessionId));
    const retiring = Promise.allSettled([...moves, ...this.#fileWrites.values()])
      .then((results) => retire(results.every((result) => result.status === 'fulfilled')))
      .catch((error: Error) => console.error('could not retire the old journal', error))
      .finally(() => this.#retiring.delete(retiring));
    this.#retiring.add(retiring);
  }

  async release(sessionId: string): Promise<void> {
    if (!this.#isReady) await this.#ready;
    await this.#moveToFile(sessionId);
  }

  async read(sessionId: string): Promise<SessionEvent[]> {
    if (!this.#isReady) await this.#ready;
    // The tail is taken first: if it reaches the file meanwhile, the seqs tell the copies apart.
    const tail = (this.#pending.get(sessionId) ?? []).map((line) => JSON.parse(line) as SessionEvent);
    let events: SessionEvent[];
    try {
      events = parseLog(await readFile(this.#file(sessionId), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      events = [];
    }
    const lastSeq = events.at(-1)?.seq ?? 0;
    return [...events, ...tail.filter((event) => event.seq > lastSeq)];
  }

  async list(): Promise<string[]> {
    await this.#ready.catch(() => undefined);
    const files = (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -'.jsonl'.length));
    return [...new Set([...files, ...this.#pending.keys()])];
  }

  /** Everything into the session files, synced; then the journals are no longer needed. */
  async close(): Promise<void> {
    if (!this.#isReady) await this.#ready.catch(() => undefined);
    if (!this.#isReady) return;
    await this.#journal.close();
    const moved = await Promise.allSettled([...this.#pending.keys()].map((sessionId) => this.#moveToFile(sessionId)));
    await Promise.all([...this.#fileWrites.values(), ...this.#retiring]);
    if (moved.every((result) => result.status === 'fulfilled')) for (const file of await Journal.leftOver(this.dir)) await unlink(file);
  }
}
