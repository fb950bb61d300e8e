import type { AppContext } from '../appContext.js';
import type { LabServer } from '../gateway/types.js';
import { labLog } from '../logger.js';
import { appendCourseRecords } from './courseRecords.js';

/**
 * The lab counts each trainee's console time by itself: from their first open socket to their last
 * closed one, noted as one record when the last closes. A stretch still open counts up to now.
 */
export class ConsoleTime {
  readonly #open = new Map<string, { sockets: number; since: number }>();

  opened(traineeId: string, at: number): void {
    const stretch = this.#open.get(traineeId);
    if (stretch) stretch.sockets++;
    else this.#open.set(traineeId, { sockets: 1, since: at });
  }

  /** The stretch that just ended, when this was the trainee's last socket. */
  closed(traineeId: string, at: number): { from: number; to: number } | null {
    const stretch = this.#open.get(traineeId);
    if (!stretch) return null;
    if (--stretch.sockets > 0) return null;
    this.#open.delete(traineeId);
    return { from: stretch.since, to: at };
  }

  /** Stretches still open, as if they ended now. */
  openStretches(now: number): { traineeId: string; from: number; to: number }[] {
    return [...this.#open].map(([traineeId, stretch]) => ({ traineeId, from: stretch.since, to: now }));
  }
}

/** Follows trainees' sockets for their console time; a failed write is logged, never fatal to the socket. */
export function trackConsoleTime(io: LabServer, context: AppContext, tracker: ConsoleTime): void {
  io.on('connection', (socket) => {
    const user = socket.data.user;
    if (user.role !== 'trainee') return;
    tracker.opened(user.id, context.clock.now());
    socket.on('disconnect', () => {
      const stretch = tracker.closed(user.id, context.clock.now());
      if (stretch && stretch.to > stretch.from)
        appendCourseRecords(context.course, [{ type: 'console', traineeId: user.id, ...stretch, by: 'lab', at: stretch.to }]).catch(
          (error: Error) => labLog().error({ err: error, traineeId: user.id }, 'console time not saved'),
        );
    });
  });
}
