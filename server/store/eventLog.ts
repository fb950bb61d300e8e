import { mkdir, open, readFile, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { SessionEvent } from '../../protocol/events.js';

/** One append-only log per session. The log is the truth every view is projected from. */
export interface EventLogStore {
  /** Resolves once the events are on disk (synced): only then may the action be acknowledged. */
  append(sessionId: string, events: readonly SessionEvent[]): Promise<void>;
  read(sessionId: string): Promise<SessionEvent[]>;
  /** The session is over: its file handle can be closed (it is reopened if it is ever appended to again). */
  release(sessionId: string): Promise<void>;
  list(): Promise<string[]>;
  close(): Promise<void>;
}

/** Parses a log, dropping a torn last line left by a crash instead of failing. */
export function parseLog(text: string): SessionEvent[] {
  const events: SessionEvent[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    try {
      events.push(JSON.parse(line) as SessionEvent);
    } catch (error) {
      if (index >= lines.length - 2) break;
      throw new Error(`Session log is corrupt at line ${index + 1}: ${(error as Error).message}`);
    }
  }
  return events;
}

interface OpenLog {
  handle: FileHandle;
  /** Appends waiting for the next group commit. */
  waiting: { text: string; done: (error?: Error) => void }[];
  flushing: Promise<void> | null;
}

/**
 * JSON lines in `<dir>/<sessionId>.jsonl`. Appends that arrive while a sync is under way are
 * written and synced together in the next group, so many sessions share the cost of `datasync`.
 */
export class FileEventLogStore implements EventLogStore {
  #logs = new Map<string, Promise<OpenLog>>();
  #dirMade: Promise<void> | null = null;
  constructor(private readonly dir: string) {}

  #file(sessionId: string) {
    return path.join(this.dir, `${sessionId}.jsonl`);
  }

  #open(sessionId: string): Promise<OpenLog> {
    let log = this.#logs.get(sessionId);
    if (!log) {
      this.#dirMade ??= mkdir(this.dir, { recursive: true }).then(
        () => undefined,
        (error: Error) => {
          this.#dirMade = null;
          throw error;
        },
      );
      log = this.#dirMade
        .then(() => open(this.#file(sessionId), 'a'))
        .then((handle) => ({ handle, waiting: [], flushing: null }));
      this.#logs.set(sessionId, log);
      log.catch(() => this.#logs.delete(sessionId));
    }
    return log;
  }

  async append(sessionId: string, events: readonly SessionEvent[]): Promise<void> {
    if (events.length === 0) return;
    const log = await this.#open(sessionId);
    const text = events.map((event) => JSON.stringify(event)).join('\n') + '\n';
    return new Promise<void>((resolve, reject) => {
      log.waiting.push({ text, done: (error) => (error ? reject(error) : resolve()) });
      if (!log.flushing) log.flushing = this.#flush(log);
    });
  }

  async #flush(log: OpenLog): Promise<void> {
    while (log.waiting.length > 0) {
      const group = log.waiting.splice(0);
      try {
        await log.handle.appendFile(group.map((entry) => entry.text).join(''));
        await log.handle.datasync();
        group.forEach((entry) => entry.done());
      } catch (error) {
        group.forEach((entry) => entry.done(error as Error));
      }
    }
    log.flushing = null;
  }

  async release(sessionId: string): Promise<void> {
    const pending = this.#logs.get(sessionId);
    if (!pending) return;
    this.#logs.delete(sessionId);
    const log = await pending;
    await log.flushing;
    await log.handle.close();
  }

  async read(sessionId: string): Promise<SessionEvent[]> {
    try {
      return parseLog(await readFile(this.#file(sessionId), 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  async list(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((name) => name.endsWith('.jsonl')).map((name) => name.slice(0, -'.jsonl'.length));
    } catch {
      return [];
    }
  }

  async close(): Promise<void> {
    const logs = [...this.#logs.values()];
    this.#logs.clear();
    await Promise.all(
      logs.map(async (pending) => {
        const log = await pending;
        await log.flushing;
        await log.handle.close();
      }),
    );
  }
}

export class MemoryEventLogStore implements EventLogStore {
  #logs = new Map<string, SessionEvent[]>();
  async append(sessionId: string, events: readonly SessionEvent[]) {
    this.#logs.set(sessionId, [...(this.#logs.get(sessionId) ?? []), ...structuredClone(events)]);
  }
  async read(sessionId: string) {
    return structuredClone(this.#logs.get(sessionId) ?? []);
  }
  async list() {
    return [...this.#logs.keys()];
  }
  async release() {}
  async close() {}
}
