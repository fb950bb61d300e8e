import { rm } from 'node:fs/promises';
import { replaceFile } from '../store/replaceFile.js';
import path from 'node:path';
import { z } from 'zod';
import type { AppContext } from '../appContext.js';
import type { LabServer } from '../gateway/types.js';
import { labLog } from '../logger.js';
import { readTextIfPresent } from '../store/lineFiles.js';
import { ConsoleTime, type OpenStretch } from './consoleTime.js';
import { appendCourseRecords } from './courseRecords.js';
import type { ConsoleTimeRecord } from './courseRecordTypes.js';

/** How often the lab notes, on disk, that the trainees connected are still there. */
export const consoleHeartbeatMs = 60_000;

const openStretchesSchema = z.object({
  stretches: z.array(z.object({ traineeId: z.string(), from: z.number(), seenAt: z.number() })),
});

/**
 * Console time that outlives the lab's process: a graceful stop closes every open stretch at the
 * stop; the stretches open now are kept in console-open.json (rewritten whole, temp + rename, at each
 * login, logout and heartbeat), so after a crash the next start closes each at the last moment the
 * lab knew the trainee was there: not lost, and not counted up to the restart.
 */
export class ConsoleWatch {
  readonly time = new ConsoleTime();
  #writing: Promise<void> = Promise.resolve();
  #timer: unknown = null;
  #stopped = false;

  private constructor(
    private readonly context: AppContext,
    private readonly file: string | null,
  ) {}

  /** Opens the watch, first closing (as records) the stretches a crash left open. */
  static async open(context: AppContext, dataDir: string | null): Promise<ConsoleWatch> {
    const watch = new ConsoleWatch(context, dataDir ? path.join(dataDir, 'console-open.json') : null);
    await watch.#recover();
    return watch;
  }

  async #recover(): Promise<void> {
    if (!this.file) return;
    const text = await readTextIfPresent(this.file);
    if (text === null) return;
    let left: OpenStretch[] = [];
    try {
      left = openStretchesSchema.parse(JSON.parse(text)).stretches;
    } catch (error) {
      labLog().error({ err: error, file: this.file }, 'the console stretches a stop left open cannot be read; they are not counted');
    }
    const records = this.context.course.records();
    // A stretch closed just before the crash (its record written, this file not yet) is not counted twice.
    const closed = (stretch: OpenStretch) =>
      records.some((record) => record.type === 'console' && record.traineeId === stretch.traineeId && record.from === stretch.from);
    const now = this.context.clock.now();
    const recovered: ConsoleTimeRecord[] = left
      .filter((stretch) => stretch.seenAt > stretch.from && !closed(stretch))
      .map((stretch) => ({ type: 'console', traineeId: stretch.traineeId, from: stretch.from, to: stretch.seenAt, by: 'lab', at: now }));
    await appendCourseRecords(this.context.course, recovered);
    if (recovered.length > 0)
      labLog().warn({ stretches: recovered.length }, 'console time left open by a crash closed at the last moment seen');
    await rm(this.file, { force: true });
  }

  /** Keeps the open stretches on disk, one write after another. */
  #keep(): void {
    const file = this.file;
    if (!file || this.#stopped) return;
    const text = JSON.stringify({ stretches: this.time.kept() });
    this.#writing = this.#writing
      .then(() => replaceFile(file, text))
      .catch((error: unknown) => labLog().error({ err: error }, 'the open console stretches could not be kept'));
  }

  #record(stretches: readonly { traineeId: string; from: number; to: number }[]): Promise<void> {
    const now = this.context.clock.now();
    const records: ConsoleTimeRecord[] = stretches
      .filter((stretch) => stretch.to > stretch.from)
      .map((stretch) => ({ type: 'console', ...stretch, by: 'lab', at: now }));
    return appendCourseRecords(this.context.course, records);
  }

  /** Follows trainees' sockets; a failed write is logged, never fatal to the socket. */
  follow(io: LabServer): void {
    const { clock } = this.context;
    io.on('connection', (socket) => {
      const user = socket.data.user;
      if (user.role !== 'trainee') return;
      this.time.opened(user.id, clock.now());
      this.#keep();
      socket.onAny(() => this.time.seen(user.id, clock.now()));
      socket.on('disconnect', () => {
        const stretch = this.time.closed(user.id, clock.now());
        if (!stretch) return;
        this.#record([{ traineeId: user.id, ...stretch }])
          .catch((error: Error) => labLog().error({ err: error, traineeId: user.id }, 'console time not saved'))
          .finally(() => this.#keep());
      });
    });
  }

  /** The lab's heartbeat on its own clock: the trainees connected are there now. */
  start(): void {
    const beat = () => {
      this.#timer = this.context.clock.setTimeout(() => {
        if (this.#stopped) return;
        if (this.time.kept().length > 0) {
          this.time.heartbeat(this.context.clock.now());
          this.#keep();
        }
        beat();
      }, consoleHeartbeatMs);
    };
    beat();
  }

  /** The lab stops: every open stretch ends now, as a record; nothing is left for the next start to close. */
  async stop(): Promise<void> {
    if (this.#timer !== null) this.context.clock.clearTimeout(this.#timer);
    const ended = this.time.closeAll(this.context.clock.now());
    this.#stopped = true;
    await this.#writing;
    try {
      await this.#record(ended);
      if (this.file) await rm(this.file, { force: true });
    } catch (error) {
      // The file stays: the next start closes them at the last moment seen.
      labLog().error({ err: error }, 'console time open at the stop not saved');
    }
  }
}
