import { copyFile, mkdir } from 'node:fs/promises';
import { replaceFile } from './replaceFile.js';
import path from 'node:path';
import type { SessionEvent } from '../../protocol/events.js';
import { completeLines } from './lineFiles.js';

/** A session log that could not be read whole: what was wrong, and where the damaged file was put aside. */
export interface LogDamage {
  sessionId: string;
  file: string;
  problems: string[];
  /** The copy of the file as it was found, if it had to be rewritten. */
  copy: string | null;
}

export interface ReadLog {
  events: SessionEvent[];
  /** Lines that are not events, or a seq repeated with other content: the file must be rewritten without them. */
  unreadable: string[];
  /** Events missing between two seqs: the session is damaged, but its file holds nothing to cut. */
  gaps: string[];
}

const isEvent = (value: unknown): value is SessionEvent =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as SessionEvent).seq) &&
  (value as SessionEvent).seq > 0 &&
  typeof (value as SessionEvent).type === 'string';

/**
 * Reads a session log keeping every readable event. A torn last line (a crash mid-write) is simply
 * left out; an exact repeat of a line is dropped; anything else that is not the next event is
 * reported, so that one damaged line costs its session a flag instead of the lab its start.
 */
export function readLog(text: string): ReadLog {
  const events: SessionEvent[] = [];
  const unreadable: string[] = [];
  const gaps: string[] = [];
  const lines = completeLines(text).split('\n');
  const seen = new Map<number, string>();
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let event: unknown;
    try {
      event = JSON.parse(line);
    } catch {
      event = null;
    }
    if (!isEvent(event)) {
      unreadable.push(`line ${index + 1} is not a readable event`);
      continue;
    }
    const earlier = seen.get(event.seq);
    if (earlier !== undefined) {
      if (earlier !== line) unreadable.push(`line ${index + 1} repeats seq ${event.seq} with other content`);
      continue;
    }
    const last = events.at(-1)?.seq ?? 0;
    if (event.seq < last) {
      unreadable.push(`line ${index + 1} has seq ${event.seq} after seq ${last}`);
      continue;
    }
    if (event.seq > last + 1)
      gaps.push(last + 1 === event.seq - 1 ? `event ${last + 1} is missing` : `events ${last + 1} to ${event.seq - 1} are missing`);
    seen.set(event.seq, line);
    events.push(event);
  }
  return { events, unreadable, gaps };
}

/** Where damaged files are kept, beside the session logs. */
export const damagedDir = (dir: string) => path.join(dir, 'damaged');

/** Copies a damaged file into the damaged folder, under a name that says what it was and when it was put there. */
export async function keepCopy(dir: string, file: string, now = new Date()): Promise<string> {
  await mkdir(damagedDir(dir), { recursive: true });
  const ext = path.extname(file);
  const copy = path.join(damagedDir(dir), `${path.basename(file, ext)}.${now.toISOString().replace(/[:.]/g, '-')}${ext}`);
  await copyFile(file, copy);
  return copy;
}

/** Rewrites a session's file with its readable events only (temp + rename), after keeping a copy of it as it was. */
export async function quarantine(dir: string, sessionId: string, events: readonly SessionEvent[]): Promise<string> {
  const file = path.join(dir, `${sessionId}.jsonl`);
  const copy = await keepCopy(dir, file);
  await replaceFile(file, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
  return copy;
}

/** The session a copy in the damaged folder was taken from (`<sessionId>.<when>.jsonl`). */
export const sessionOfCopy = (name: string): string | null => (name.endsWith('.jsonl') ? name.slice(0, name.indexOf('.')) : null);
