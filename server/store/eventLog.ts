import type { SessionEvent } from '../../protocol/events.js';
import type { LogDamage } from './logDamage.js';

/** One append-only log per session. The log is the truth every view is projected from. */
export interface EventLogStore {
  /** Resolves once the events are on disk (synced): only then may the action be acknowledged. */
  append(sessionId: string, events: readonly SessionEvent[]): Promise<void>;
  read(sessionId: string): Promise<SessionEvent[]>;
  /** The session is over: its file handle can be closed (it is reopened if it is ever appended to again). */
  release(sessionId: string): Promise<void>;
  list(): Promise<string[]>;
  /** The sessions whose logs could not be read whole (found at start, or by a read since): the lab goes on and flags them. */
  damaged(): Promise<LogDamage[]>;
  /** Cheap, for the readiness probe: whether the store is open (recovered, not closed) and its journal's last write succeeded. */
  health(): LogHealth;
  close(): Promise<void>;
}

export interface LogHealth {
  open: boolean;
  writable: boolean;
}

/** Parses a log strictly, dropping only a torn last line left by a crash (the store reads with readLog, which keeps going). */
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
  async damaged(): Promise<LogDamage[]> {
    return [];
  }
  #closed = false;
  health(): LogHealth {
    return { open: !this.#closed, writable: !this.#closed };
  }
  async close() {
    this.#closed = true;
  }
}
