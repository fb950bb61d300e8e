import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { labLog } from '../logger.js';
import { openAppendFile, writeAll, type AppendFile } from './appendFile.js';
import { completeLines, readTextIfPresent } from './lineFiles.js';

/**
 * An append-only file of records, one JSON line each: read whole at start (a torn last line is cut
 * off, an unreadable line is named and skipped), then only appended to. Each append is on disk
 * before it resolves; a failed write is cut off so it cannot come back at the next start.
 */
export interface RecordLog<T> {
  records(): readonly T[];
  append(record: T): Promise<void>;
  close(): Promise<void>;
}

class AppendOnlyLog<T> implements RecordLog<T> {
  #records: T[];
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: AppendFile | null,
    records: T[],
    private size: number,
  ) {
    this.#records = records;
  }

  records(): readonly T[] {
    return this.#records;
  }

  append(record: T): Promise<void> {
    const file = this.file;
    if (!file) {
      this.#records.push(record);
      return Promise.resolve();
    }
    const written = this.#writing.then(async () => {
      const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
      try {
        await writeAll(file, bytes, bytes.length);
        await file.datasync();
        this.size += bytes.length;
        this.#records.push(record);
      } catch (error) {
        await file.truncate(this.size).catch(() => undefined);
        throw error;
      }
    });
    this.#writing = written.catch(() => undefined);
    return written;
  }

  async close(): Promise<void> {
    await this.#writing;
    await this.file?.close();
  }
}

/** Records kept in memory only (a lab that keeps nothing on disk). */
export const memoryRecordLog = <T>(): RecordLog<T> => new AppendOnlyLog<T>(null, [], 0);

export async function openRecordLog<S extends z.ZodType>(file: string, schema: S): Promise<RecordLog<z.infer<S>>> {
  await mkdir(path.dirname(file), { recursive: true });
  const text = completeLines((await readTextIfPresent(file)) ?? '');
  const records: z.infer<S>[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(line);
    } catch {
      // Kept going: one damaged line must not hide every other record.
    }
    const checked = schema.safeParse(parsed);
    if (checked.success) records.push(checked.data);
    else labLog().error({ file, line: index + 1 }, `${file}: line ${index + 1} is not a valid record; it is ignored`);
  }
  const handle = await openAppendFile(file);
  const size = Buffer.byteLength(text);
  if ((await handle.stat()).size > size) await handle.truncate(size);
  return new AppendOnlyLog(handle, records, size);
}
