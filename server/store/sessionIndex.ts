import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentStore } from './documentStore.js';
import { completeLines, readTextIfPresent } from './lineFiles.js';
import type { SessionRecord } from './documents.js';
import { labLog } from '../logger.js';

/** A line of the index file: a record as it is now, or the removal of one. */
type IndexLine = SessionRecord | { id: string; removed: true };

/** The file is rewritten once it holds this many lines more than twice its records. */
const slackLines = 1000;
/** Records written per chunk when the file is rewritten, so a long index never blocks the floor. */
const rewriteChunk = 500;

/** The index of every session, kept in memory and written behind: the session logs are the truth it is rebuilt from. */
export interface SessionIndex {
  /** Every session on record, in launch order. */
  all(): SessionRecord[];
  get(sessionId: string): SessionRecord | undefined;
  /** A new session (a launch, or one rebuilt from its log). */
  add(record: SessionRecord): void;
  /** A record changed in place (its call ended, its log was found damaged). */
  changed(record: SessionRecord): void;
  /** Forgets a session that never rang (its launch could not be saved). */
  remove(sessionId: string): void;
  /** Resolves once every change made so far is written (or its write failed and was reported). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** The index of a lab that keeps nothing on disk (tests of the protocol). */
export class MemorySessionIndex implements SessionIndex {
  #records = new Map<string, SessionRecord>();
  constructor(initial: readonly SessionRecord[] = []) {
    for (const record of initial) this.#records.set(record.id, record);
  }
  all() {
    return [...this.#records.values()];
  }
  get(sessionId: string) {
    return this.#records.get(sessionId);
  }
  add(record: SessionRecord) {
    this.#records.set(record.id, record);
  }
  changed() {}
  remove(sessionId: string) {
    this.#records.delete(sessionId);
  }
  async flush() {}
  async close() {}
}

/**
 * The index of every session: who, which scenario, live or ended, the result. It is a cache of the
 * session logs (a crash that loses its last lines is repaired from them at the start), kept in
 * memory and written as one line per change to an append-only file: a launch or an end costs the
 * same with 100 sessions on record as with 100,000. The file is rewritten, in chunks, when changes
 * have made it more than twice as long as the index.
 */
export class FileSessionIndex implements SessionIndex {
  #records = new Map<string, SessionRecord>();
  #pending: string[] = [];
  #lines = 0;
  #handle: FileHandle | null = null;
  #writing: Promise<void> | null = null;
  /** A write failed: the file may end in a torn line, so the next write rewrites it whole. */
  #rewriteNeeded = false;
  #closed = false;

  private constructor(readonly file: string) {}

  /** Opens the index file, or creates it with `initial` (the sessions a lab.json held before). */
  static async open(file: string, initial: readonly SessionRecord[] = []): Promise<FileSessionIndex> {
    await mkdir(path.dirname(file), { recursive: true });
    const index = new FileSessionIndex(file);
    const text = await readTextIfPresent(file);
    if (text === null) for (const record of initial) index.#records.set(record.id, record);
    else index.#lines = index.#fold(completeLines(text));
    // A torn last line is rewritten away, so that the next line does not start in the middle of it.
    const torn = text !== null && completeLines(text).length !== text.length;
    if (text === null || torn || index.#tooLong()) await index.#rewrite();
    else index.#handle = await open(file, 'a');
    return index;
  }

  /** Every session on record, in launch order. */
  all(): SessionRecord[] {
    return [...this.#records.values()];
  }

  get(sessionId: string): SessionRecord | undefined {
    return this.#records.get(sessionId);
  }

  /** A new session (a launch, or one rebuilt from its log). */
  add(record: SessionRecord): void {
    this.#records.set(record.id, record);
    this.#write(record);
  }

  /** A record changed in place (its call ended). */
  changed(record: SessionRecord): void {
    if (this.#records.get(record.id) === record) this.#write(record);
  }

  /** Forgets a session that never rang (its launch could not be saved). */
  remove(sessionId: string): void {
    if (this.#records.delete(sessionId)) this.#write({ id: sessionId, removed: true });
  }

  /** Resolves once every change made so far is in the file (or its write failed and was reported). */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
    if (this.#rewriteNeeded)
      await this.#rewrite().catch((error: Error) => labLog().error({ err: error }, 'could not write the session index'));
    await this.#handle?.sync().catch(() => undefined);
    await this.#handle?.close();
    this.#handle = null;
  }

  /** Reads the file's whole lines into the index; one that is not JSON (a write cut by a full disk) is skipped. */
  #fold(text: string): number {
    const lines = text.split('\n').filter((line) => line.length > 0);
    for (const line of lines) {
      let entry: IndexLine;
      try {
        entry = JSON.parse(line) as IndexLine;
      } catch {
        labLog().warn({ file: this.file }, `${this.file}: a line that is not JSON was skipped; the session logs rebuild what it held`);
        continue;
      }
      if (typeof entry?.id !== 'string') continue;
      if ('removed' in entry) this.#records.delete(entry.id);
      else this.#records.set(entry.id, entry);
    }
    return lines.length;
  }

  #tooLong(): boolean {
    return this.#lines > 2 * this.#records.size + slackLines;
  }

  #write(line: IndexLine): void {
    // A call that ends while the lab shuts down: its log has the end, and the next start repairs the index from it.
    if (this.#closed) return;
    this.#pending.push(`${JSON.stringify(line)}\n`);
    this.#writing ??= this.#drain().finally(() => (this.#writing = null));
  }

  /** Appends what is pending, one write per batch, until nothing is. */
  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0);
      try {
        if (this.#rewriteNeeded || !this.#handle) await this.#rewrite();
        else {
          await this.#handle.write(batch.join(''));
          this.#lines += batch.length;
          if (this.#tooLong()) await this.#rewrite();
        }
      } catch (error) {
        this.#rewriteNeeded = true;
        labLog().error({ err: error }, 'could not write the session index; the session logs keep every session');
      }
    }
  }

  /** Writes the whole index to a new file and puts it in place of the old one (temp + rename). */
  async #rewrite(): Promise<void> {
    const records = this.all();
    const temp = `${this.file}.tmp`;
    const out = await open(temp, 'w');
    try {
      for (let first = 0; first < records.length; first += rewriteChunk) {
        await out.write(
          records
            .slice(first, first + rewriteChunk)
            .map((record) => `${JSON.stringify(record)}\n`)
            .join(''),
        );
      }
      await out.sync();
    } finally {
      await out.close();
    }
    await this.#handle?.close();
    this.#handle = null;
    await rename(temp, this.file);
    this.#handle = await open(this.file, 'a');
    this.#lines = records.length;
    this.#rewriteNeeded = false;
  }
}

/**
 * Opens the session index beside lab.json. A lab.json from before the index had its own file hands
 * its sessions over once: they are in the index file before they leave lab.json.
 */
export async function openSessionIndex(file: string, documents: DocumentStore): Promise<FileSessionIndex> {
  const index = await FileSessionIndex.open(file, documents.data.sessions ?? []);
  if (documents.data.sessions) {
    await documents.update((data) => {
      delete data.sessions;
    });
  }
  return index;
}
