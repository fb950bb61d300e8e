import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { openAppendFile, writeAll, type AppendFile } from './appendFile.js';
import { completeLines, readTextIfPresent } from './lineFiles.js';
import { labLog } from '../logger.js';
import { reviewRecordSchema, type ReleaseRecord, type ReviewRecord } from './reviewRecords.js';

export type { ReleaseRecord, ReviewRecord } from './reviewRecords.js';

/**
 * The assessors' records, append-only: nothing is ever changed or removed. Kept apart from the
 * session logs, which hold the contact itself (replayed, scored, projected for the trainee): a
 * review is made after the contact by someone else, and must not be able to change its score.
 */
export interface ReviewStore {
  releaseOf(sessionId: string): ReleaseRecord | undefined;
  releases(): ReleaseRecord[];
  /** Every record about one session, oldest first. */
  recordsOf(sessionId: string): ReviewRecord[];
  /** Every record, oldest first (exports, queues). */
  all(): ReviewRecord[];
  /**
   * Appends a release and resolves once it is on disk. It counts at once (a second release of the
   * same session is refused while the first is being written); a failed write takes it back.
   */
  append(record: ReviewRecord): Promise<void>;
  close(): Promise<void>;
}

class ReviewLog implements ReviewStore {
  #releases = new Map<string, ReleaseRecord>();
  #records: ReviewRecord[] = [];
  #writing: Promise<void> = Promise.resolve();
  #size = 0;

  constructor(private readonly file: AppendFile | null) {}

  load(records: readonly ReviewRecord[], size: number): void {
    for (const record of records) this.#remember(record);
    this.#size = size;
  }

  #remember(record: ReviewRecord): void {
    this.#records.push(record);
    if (record.type === 'session.released' && !this.#releases.has(record.sessionId)) this.#releases.set(record.sessionId, record);
  }

  #forget(record: ReviewRecord): void {
    this.#records = this.#records.filter((kept) => kept !== record);
    if (this.#releases.get(record.sessionId) === record) this.#releases.delete(record.sessionId);
  }

  recordsOf(sessionId: string) {
    return this.#records.filter((record) => record.sessionId === sessionId);
  }

  all() {
    return [...this.#records];
  }

  releaseOf(sessionId: string) {
    return this.#releases.get(sessionId);
  }

  releases() {
    return [...this.#releases.values()];
  }

  append(record: ReviewRecord): Promise<void> {
    this.#remember(record);
    const file = this.file;
    if (!file) return Promise.resolve();
    const written = this.#writing.then(async () => {
      const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
      try {
        await writeAll(file, bytes, bytes.length);
        await file.datasync();
        this.#size += bytes.length;
      } catch (error) {
        // A refused record must not come back at the next start: what reached the file is cut off.
        await file.truncate(this.#size).catch(() => undefined);
        this.#forget(record);
        throw error;
      }
    });
    this.#writing = written.catch(() => undefined);
    return written;
  }

  async close() {
    await this.#writing;
    await this.file?.close();
  }
}

/** Reviews kept in memory only (tests of the protocol that keep nothing on disk). */
export const memoryReviewLog = (): ReviewStore => new ReviewLog(null);

/** Opens the review file (one JSON line per record), dropping a torn last line and naming any unreadable one. */
export async function openReviewLog(file: string): Promise<ReviewStore> {
  await mkdir(path.dirname(file), { recursive: true });
  const text = completeLines((await readTextIfPresent(file)) ?? '');
  const records: ReviewRecord[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(line);
    } catch {
      // Kept going: one damaged line must not hide every other record.
    }
    const record = reviewRecordSchema.safeParse(parsed);
    if (record.success) records.push(record.data);
    else labLog().error({ file, line: index + 1 }, `${file}: line ${index + 1} is not a review record; it is ignored`);
  }
  const handle = await openAppendFile(file);
  // A torn last line is cut off, so the next record starts on a line of its own.
  const size = Buffer.byteLength(text);
  if ((await handle.stat()).size > size) await handle.truncate(size);
  const log = new ReviewLog(handle);
  log.load(records, size);
  return log;
}
