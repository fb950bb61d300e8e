import { open } from 'node:fs/promises';

/** What the stores need of a file opened for appending; tests hand in one whose disk fills up. */
export interface AppendFile {
  /** May write fewer bytes than asked (a short write, as on a nearly full disk): the count says how many. */
  write(buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  /** Only ever called with a length no greater than the file's: it cuts, it never extends. */
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export type OpenAppendFile = (file: string) => Promise<AppendFile>;

export const openAppendFile: OpenAppendFile = (file) => open(file, 'a');

/** A write that wrote only part of its bytes; `written` says how many reached the file. */
export class IncompleteWrite extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : `only ${written} bytes could be written`, { cause });
    this.name = 'IncompleteWrite';
    if (cause instanceof Error && 'code' in cause) Object.assign(this, { code: cause.code });
  }
}

/**
 * Writes every byte, going on after a short write. If the file takes no more, it throws an
 * IncompleteWrite telling how many bytes did reach it, so the caller can cut them off again.
 */
export async function writeAll(file: Pick<AppendFile, 'write'>, buffer: Buffer, length: number): Promise<void> {
  let written = 0;
  while (written < length) {
    let bytes: number;
    try {
      bytes = (await file.write(buffer, written, length - written)).bytesWritten;
    } catch (error) {
      throw new IncompleteWrite(written, error);
    }
    // No progress is a full disk that did not say so: failing beats spinning.
    if (bytes <= 0)
      throw new IncompleteWrite(written, Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    written += bytes;
  }
}
