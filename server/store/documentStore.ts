import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low, Memory } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { emptyDocuments, type LabDocuments } from './documents.js';

/** Small documents (users, classes, the cookie secret). Writes are whole-file, atomic (temp + rename). */
export interface DocumentStore {
  readonly data: LabDocuments;
  /**
   * Applies a change and persists it. Writes never overlap on disk, and the changes that arrive
   * while one is being written go to disk together in the next write.
   */
  update(change: (data: LabDocuments) => void): Promise<void>;
}

interface PendingChange {
  change: (data: LabDocuments) => void;
  settle: (error?: Error) => void;
}

class LowDocumentStore implements DocumentStore {
  #pending: PendingChange[] = [];
  #writing = false;
  constructor(private readonly db: Low<LabDocuments>) {}

  get data(): LabDocuments {
    return this.db.data;
  }

  update(change: (data: LabDocuments) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ change, settle: (error) => (error ? reject(error) : resolve()) });
      if (!this.#writing) void this.#write();
    });
  }

  async #write(): Promise<void> {
    this.#writing = true;
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0);
      const before = structuredClone(this.db.data);
      for (const { change } of batch) change(this.db.data);
      try {
        await this.db.write();
        batch.forEach(({ settle }) => settle());
      } catch (error) {
        // A failed write must not leave memory ahead of the disk.
        this.db.data = before;
        batch.forEach(({ settle }) => settle(error as Error));
      }
    }
    this.#writing = false;
  }
}

/**
 * Built with `new Low(new JSONFile())` rather than JSONFilePreset, which silently switches to
 * memory when NODE_ENV is "test" (as under Vitest), so persistence tests would write nothing.
 */
export async function openDocumentStore(file: string): Promise<DocumentStore> {
  await mkdir(path.dirname(file), { recursive: true });
  const db = new Low<LabDocuments>(new JSONFile(file), emptyDocuments());
  await db.read();
  db.data = { ...emptyDocuments(), ...db.data };
  return new LowDocumentStore(db);
}

export function memoryDocumentStore(): DocumentStore {
  return new LowDocumentStore(new Low<LabDocuments>(new Memory(), emptyDocuments()));
}
