/** A trainee's stretch at the console: since when, and the last moment the lab knew they were there. */
export interface OpenStretch {
  traineeId: string;
  from: number;
  seenAt: number;
}

/**
 * The lab counts each trainee's console time by itself: from their first open socket to their last
 * closed one. A stretch still open counts up to now; the last moment the trainee was seen (a socket
 * opened, an event sent, a heartbeat of the lab while connected) is where it ends after a crash.
 */
export class ConsoleTime {
  readonly #open = new Map<string, { sockets: number; since: number; seenAt: number }>();

  opened(traineeId: string, at: number): void {
    const stretch = this.#open.get(traineeId);
    if (stretch) {
      stretch.sockets++;
      stretch.seenAt = Math.max(stretch.seenAt, at);
    } else this.#open.set(traineeId, { sockets: 1, since: at, seenAt: at });
  }

  /** The lab knows the trainee is there at `at` (an event, a heartbeat). */
  seen(traineeId: string, at: number): void {
    const stretch = this.#open.get(traineeId);
    if (stretch) stretch.seenAt = Math.max(stretch.seenAt, at);
  }

  /** Every trainee still connected is there at `at`. */
  heartbeat(at: number): void {
    for (const traineeId of this.#open.keys()) this.seen(traineeId, at);
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

  /** Stretches still open, with when each trainee was last seen (what a crash would leave to the next start). */
  kept(): OpenStretch[] {
    return [...this.#open].map(([traineeId, stretch]) => ({ traineeId, from: stretch.since, seenAt: stretch.seenAt }));
  }

  /** Ends every open stretch at `at` (the lab stops): the stretches, for the records; sockets closing later count nothing. */
  closeAll(at: number): { traineeId: string; from: number; to: number }[] {
    const ended = this.openStretches(at);
    this.#open.clear();
    return ended;
  }
}
