import { open, readdir, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { SessionEvent } from '../../protocol/events.js';
import { parseLog, type EventLogStore } from './eventLog.js';
import { Journal, journalNumber, type OpenJournalFile } from './journal.js';
import { completeLines, readTextIfPresent } from './lineFiles.js';

const seqOf = (line: string) => (JSON.parse(line) as SessionEvent).seq;

/**
 * Session logs as JSON lines in `<dir>/<sessionId>.jsonl`. An append is acknowledged once it is in
 * the shared journal (one `datasync` for every call appending at that moment); it is then written
 * to the session's own file without waiting for the disk, and that file is synced when the call
 * ends or the journal is rotated. After a crash the journals still on disk are emptied into the
 * session files before anything is read.
 */
export class FileEventLogStore implements EventLogStore {
  #ready: Promise<void>;
  #isReady = false;
  #journal: Journal;
  /** Open session files, and the writes to each, one after the other. */
  #files = new Map<string, { handle: Promise<FileHandle>; writes: Promise<void> }>();
  /** Files being synced and closed: a new write to the same file waits for it, so lines never overtake each other. */
  #settling = new Map<string, Promise<void>>();
  /** A session file write failed: its lines are only in the journal, which must then stay until the next start. */
  #fileFailed = false;
  #retiring = new Set<Promise<void>>();

  constructor(
    private readonly dir: string,
    options: { rotateJournalBytes?: number; openJournal?: OpenJournalFile } = {},
  ) {
    this.#journal = new Journal(dir, (retire) => this.#rotated(retire), options.rotateJournalBytes ?? 64 * 1024 * 1024, options.openJournal);
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
      for (const { sessionId, line } of await Journal.records(file)) {
        const lines = bySession.get(sessionId);
        if (lines) lines.push(line);
        else bySession.set(sessionId, [line]);
      }
    }
    for (const [sessionId, lines] of bySession) await this.#completeFile(sessionId, lines);
    for (const file of journals) await unlink(file);
    await this.#journal.start(journals.length > 0 ? journalNumber(path.basename(journals.at(-1)!)) : 0);
  }

  /** Adds to a session's file the journal lines it lacks, cutting a torn last line first. */
  async #completeFile(sessionId: string, journalLines: string[]): Promise<void> {
    const text = (await readTextIfPresent(this.#file(sessionId))) ?? '';
    const complete = completeLines(text);
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
    // Written to the session's file once durable, in journal order; the ack does not wait for it.
    await this.#journal.append(
      lines.map((line) => ({ sessionId, line })),
      () => this.#write(sessionId, `${lines.join('\n')}\n`),
    );
  }

  #write(sessionId: string, text: string): void {
    let file = this.#files.get(sessionId);
    if (!file) {
      file = { handle: open(this.#file(sessionId), 'a'), writes: this.#settling.get(sessionId) ?? Promise.resolve() };
      this.#files.set(sessionId, file);
    }
    const { handle } = file;
    file.writes = file.writes.then(async () => void (await (await handle).write(text))).catch((error: Error) => {
      this.#fileFailed = true;
      console.error(`could not write the log of session ${sessionId}; the journal keeps it`, error);
    });
  }

  /** Waits for the session's writes, syncs its file and closes it. */
  #settle(sessionId: string): Promise<void> {
    const file = this.#files.get(sessionId);
    if (!file) return this.#settling.get(sessionId) ?? Promise.resolve();
    this.#files.delete(sessionId);
    const settled = (async () => {
      await file.writes;
      const handle = await file.handle;
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
    })();
    const quiet = settled.catch(() => undefined);
    this.#settling.set(sessionId, quiet);
    void quiet.then(() => this.#settling.get(sessionId) === quiet && this.#settling.delete(sessionId));
    return settled;
  }

  /** The journal moved on: once every line it held is synced in its session's file, the old journal goes. */
  #rotated(retire: (unlinkOld: boolean) => Promise<void>): void {
    const synced = Promise.allSettled([...this.#files.keys()].map((sessionId) => this.#settle(sessionId)));
    const retiring = synced
      .then((results) => retire(!this.#fileFailed && results.every((result) => result.status === 'fulfilled')))
      .catch((error: Error) => console.error('could not retire the old journal', error))
      .finally(() => this.#retiring.delete(retiring));
    this.#retiring.add(retiring);
  }

  async release(sessionId: string): Promise<void> {
    if (!this.#isReady) await this.#ready;
    await this.#settle(sessionId);
  }

  async read(sessionId: string): Promise<SessionEvent[]> {
    if (!this.#isReady) await this.#ready;
    // The open file's writes come after any earlier file's sync, so waiting for them covers both.
    await (this.#files.get(sessionId)?.writes ?? this.#settling.get(sessionId));
    return parseLog((await readTextIfPresent(this.#file(sessionId))) ?? '');
  }

  async list(): Promise<string[]> {
    await this.#ready.catch(() => undefined);
    return (await readdir(this.dir).catch(() => [] as string[])).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -'.jsonl'.length));
  }

  /** Everything into the session files, synced; then the journals are no longer needed. */
  async close(): Promise<void> {
    if (!this.#isReady) await this.#ready.catch(() => undefined);
    if (!this.#isReady) return;
    await this.#journal.close();
    const synced = await Promise.allSettled([...this.#files.keys()].map((sessionId) => this.#settle(sessionId)));
    await Promise.all([...this.#retiring]);
    if (!this.#fileFailed && synced.every((result) => result.status === 'fulfilled')) for (const file of await Journal.leftOver(this.dir)) await unlink(file);
  }
}
