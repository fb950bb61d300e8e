import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { emptyDocuments, type LabDocuments } from './documents.js';
import { readLabFile } from './labFile.js';

/** Small documents (users, classes, the cookie secret). Writes are whole-file, atomic (temp + rename). */
export interface DocumentStore {
  readonly data: LabDocuments;
  /** Applies a change and persists it; writes are serialised so two changes never overlap on disk. */
  update(change: (data: LabDocuments) => void): Promise<void>;
}

class LowDocumentStore implements DocumentStore {
  #queue: Promise<void> = Promise.resolve();
  constructor(private readonly db: Low<LabDocuments>) {}

  get data(): LabDocuments {
    return this.db.data;
  }

  update(change: (data: LabDocuments) => void): Promise<void> {
    const run = this.#queue.then(async () => {
      const before = structuredClone(this.db.data);
      change(this.db.data);
      try {
        await this.db.write();
      } catch (error) {
        // A failed write must not leave memory ahead of the disk.
        this.db.data = before;
        throw error;
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * Built with `new Low(new JSONFile())` rather than JSONFilePreset, which silently switches to
 * memory when NODE_ENV is "test" (as under Vitest), so persistence tests would write nothing.
 */
export async function openDocumentStore(file: string): Promise<DocumentStore> {
  await mkdir(path.dirname(file), { recursive: true });
  const db = new Low<LabDocuments>(new JSONFile(file), emptyDocuments());
  // Read and checked here rather than by lowdb, whose bare SyntaxError names no file.
  db.data = await readLabFile(file);
  return new LowDocumentStore(db);
}

export function memoryDocumentStore(): DocumentStore {
  return new LowDocumentStore(new Low<LabDocuments>(new Memory(), emptyDocuments()));
}
