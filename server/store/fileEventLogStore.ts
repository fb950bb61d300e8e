import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SessionEvent } from '../../protocol/events.js';
import { openAppendFile, writeAll, type AppendFile, type OpenAppendFile } from './appendFile.js';
import type { EventLogStore, LogHealth } from './eventLog.js';
import { Journal, journalNumber, type OpenJournalFile } from './journal.js';
import { readTextIfPresent } from './lineFiles.js';
import { keepCopy, quarantine, readLog, type LogDamage } from './logDamage.js';
import { labLog } from '../logger.js';

export interface FileEventLogOptions {
  rotateJournalBytes?: number;
  /** Opens the journals (tests hand in a disk that fills up); `openFile` by default. */
  openJournal?: OpenJournalFile;
  /** Opens the journals and the session files for appending. */
  openFile?: OpenAppendFile;
}

/** A journal line's event, or null if the line is not one. */
function eventOf(line: string): SessionEvent | null {
  try {
    return readLog(`${line}\n`).events[0] ?? null;
  } catch {
    return null;
  }
}

const readBytes = (file: string) =>
  readFile(file).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? Buffer.alloc(0) : Promise.reject(error)));

/**
 * Session logs as JSON lines in `<dir>/<sessionId>.jsonl`. An append is acknowledged once it is in
 * the shared journal (one `datasync` for every call appending at that moment); it is then written
 * to the session's own file without waiting for the disk, and that file is synced when the call
 * ends or the journal is rotated. After a crash the journals still on disk are emptied into the
 * session files before anything is read; then every session file is checked, and one that cannot
 * be read whole is put aside in `damaged/` and rewritten with its readable events.
 */
export class FileEventLogStore implements EventLogStore {
  #ready: Promise<void>;
  #isReady = false;
  #journal: Journal;
  #openFile: OpenAppendFile;
  /** Open session files, the size each is known to have, and the writes to each, one after the other. */
  #files = new Map<string, { handle: Promise<AppendFile>; writes: Promise<void>; size: number | null }>();
  /** Files being synced and closed: a new write to the same file waits for it, so lines never overtake each other. */
  #settling = new Map<string, Promise<void>>();
  /** Lines in the journal that a session's file could not take yet (a full disk): written before its next lines. */
  #unwritten = new Map<string, string>();
  /** A session file write failed: its lines are only in the journal, which must then stay until the next start. */
  #fileFailed = false;
  #retiring = new Set<Promise<void>>();
  #damage = new Map<string, LogDamage>();
  #closed = false;

  constructor(
    private readonly dir: string,
    options: FileEventLogOptions = {},
  ) {
    this.#openFile = options.openFile ?? openAppendFile;
    const openJournal = options.openJournal ?? this.#openFile;
    this.#journal = new Journal(dir, (retire) => this.#rotated(retire), options.rotateJournalBytes ?? 64 * 1024 * 1024, openJournal);
    this.#ready = this.#recover().then(() => void (this.#isReady = true));
    // A failure is reported to whoever uses the store first, not as an unhandled rejection.
    this.#ready.catch(() => undefined);
  }

  #file(sessionId: string) {
    return path.join(this.dir, `${sessionId}.jsonl`);
  }

  #noteDamage(sessionId: string, problems: string[], copy: string | null): void {
    const known = this.#damage.get(sessionId);
    if (known) known.problems.push(...problems);
    else this.#damage.set(sessionId, { sessionId, file: this.#file(sessionId), problems, copy });
    if (copy && known) known.copy ??= copy;
  }

  async #recover(): Promise<void> {
    const journals = await Journal.leftOver(this.dir);
    const bySession = new Map<string, string[]>();
    for (const file of journals) {
      const { records, unreadable } = await Journal.records(file);
      if (unreadable.length > 0) {
        const copy = await keepCopy(this.dir, file);
        labLog().error(
          { file, lines: unreadable, copy },
          `${file}: record(s) at line ${unreadable.join(', ')} could not be read and were left out; the journal is kept as ${copy}`,
        );
      }
      for (const { sessionId, line } of records) {
        const lines = bySession.get(sessionId);
        if (lines) lines.push(line);
        else bySession.set(sessionId, [line]);
      }
    }
    for (const [sessionId, lines] of bySession) await this.#completeFile(sessionId, lines);
    for (const file of journals) await unlink(file);
    await this.#inspect();
    await this.#journal.start(journals.length > 0 ? journalNumber(path.basename(journals.at(-1)!)) : 0);
  }

  /** Adds to a session's file the journal lines it lacks, cutting a torn last line first. */
  async #completeFile(sessionId: string, journalLines: string[]): Promise<void> {
    const bytes = await readBytes(this.#file(sessionId));
    const whole = bytes.lastIndexOf(0x0a) + 1;
    const log = readLog(bytes.toString('utf8'));
    const inFile = new Set(log.events.map((event) => event.seq));
    const lastSeq = log.events.at(-1)?.seq ?? 0;
    // A group refused after a failed write was cut from the journal; a resent one may repeat a seq: the last one counts.
    const bySeq = new Map<number, SessionEvent>();
    for (const line of journalLines) {
      const event = eventOf(line);
      if (event) bySeq.set(event.seq, event);
      else this.#noteDamage(sessionId, ['a record of its journal could not be read'], null);
    }
    const missing = [...bySeq.values()].filter((event) => !inFile.has(event.seq)).sort((a, b) => a.seq - b.seq);
    if (log.unreadable.length > 0 || missing.some((event) => event.seq < lastSeq)) {
      // Damage in the middle of the file: it is rewritten whole, readable lines and journal together, in order.
      const events = [...log.events, ...missing].sort((a, b) => a.seq - b.seq);
      const copy = await quarantine(this.dir, sessionId, events);
      if (log.unreadable.length > 0) this.#noteDamage(sessionId, log.unreadable, copy);
      return;
    }
    if (missing.length === 0 && whole === bytes.length) return;
    const handle = await this.#openFile(this.#file(sessionId));
    try {
      // Only ever shortens: it cuts the torn last line, so the next line starts on a line of its own.
      if (whole < (await handle.stat()).size) await handle.truncate(whole);
      const text = Buffer.from(missing.map((event) => `${JSON.stringify(event)}\n`).join(''));
      await writeAll(handle, text, text.length);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Checks every session file at start: unreadable lines are cut (the file kept aside), gaps are reported. */
  async #inspect(): Promise<void> {
    for (const sessionId of await this.#sessionIds()) {
      if (this.#damage.get(sessionId)?.copy) continue;
      const log = readLog((await readTextIfPresent(this.#file(sessionId))) ?? '');
      if (log.unreadable.length > 0) this.#noteDamage(sessionId, log.unreadable, await quarantine(this.dir, sessionId, log.events));
      if (log.gaps.length > 0) this.#noteDamage(sessionId, log.gaps, null);
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
      file = { handle: this.#openFile(this.#file(sessionId)), writes: this.#settling.get(sessionId) ?? Promise.resolve(), size: null };
      this.#files.set(sessionId, file);
    }
    const open = file;
    this.#unwritten.set(sessionId, (this.#unwritten.get(sessionId) ?? '') + text);
    open.writes = open.writes
      .then(() => this.#writeUnwritten(sessionId, open))
      .catch((error: Error) => {
        this.#fileFailed = true;
        labLog().error({ err: error, sessionId }, `could not write the log of session ${sessionId}; the journal keeps it`);
      });
  }

  /**
   * Writes the lines the session's file still lacks. A write the disk takes only in part is cut
   * back to the last whole line, so that the file never holds half a line in its middle; its lines
   * stay waiting and go with the next write.
   */
  async #writeUnwritten(sessionId: string, file: { handle: Promise<AppendFile>; size: number | null }): Promise<void> {
    const text = this.#unwritten.get(sessionId);
    if (!text) return;
    const handle = await file.handle;
    const size = (file.size ??= (await handle.stat()).size);
    const bytes = Buffer.from(text);
    try {
      await writeAll(handle, bytes, bytes.length);
    } catch (error) {
      await handle.truncate(size);
      throw error;
    }
    file.size = size + bytes.length;
    if (this.#unwritten.get(sessionId) === text) this.#unwritten.delete(sessionId);
    else this.#unwritten.set(sessionId, this.#unwritten.get(sessionId)!.slice(text.length));
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
        // Lines a full disk held back get one more try; if it fails, the journal stays and keeps them.
        await this.#writeUnwritten(sessionId, file);
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
      .catch((error: Error) => labLog().error({ err: error }, 'could not retire the old journal'))
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
    const text = ((await readTextIfPresent(this.#file(sessionId))) ?? '') + (this.#unwritten.get(sessionId) ?? '');
    const log = readLog(text);
    if (!this.#damage.has(sessionId) && (log.unreadable.length > 0 || log.gaps.length > 0)) {
      this.#noteDamage(sessionId, [...log.unreadable, ...log.gaps], null);
      labLog().error(
        { sessionId, file: this.#file(sessionId), problems: [...log.unreadable, ...log.gaps] },
        `${this.#file(sessionId)} is damaged: ${[...log.unreadable, ...log.gaps].join('; ')}; its readable events are served`,
      );
    }
    return log.events;
  }

  async damaged(): Promise<LogDamage[]> {
    await this.#ready.catch(() => undefined);
    return [...this.#damage.values()];
  }

  async #sessionIds(): Promise<string[]> {
    return (await readdir(this.dir).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => name.slice(0, -'.jsonl'.length));
  }

  async list(): Promise<string[]> {
    await this.#ready.catch(() => undefined);
    return this.#sessionIds();
  }

  /** Everything into the session files, synced; then the journals are no longer needed. */
  health(): LogHealth {
    const open = this.#isReady && !this.#closed;
    return { open, writable: open && this.#journal.writable };
  }

  async close(): Promise<void> {
    this.#closed = true;
    if (!this.#isReady) await this.#ready.catch(() => undefined);
    if (!this.#isReady) return;
    await this.#journal.close();
    const synced = await Promise.allSettled([...this.#files.keys()].map((sessionId) => this.#settle(sessionId)));
    await Promise.all([...this.#retiring]);
    const whole = !this.#fileFailed && this.#unwritten.size === 0 && synced.every((result) => result.status === 'fulfilled');
    if (whole) for (const file of await Journal.leftOver(this.dir)) await unlink(file);
  }
}
