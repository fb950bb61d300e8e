import type { AgentStatus } from '../../protocol/roles.js';

/** Who is connected and whether they said they are available or on a break. */
export class Presence {
  #connections = new Map<string, number>();
  #chosen = new Map<string, 'available' | 'paused'>();
  /** Trainees whose call has ended and who have not yet said they are ready for the next one (reading the debrief). */
  #afterCall = new Set<string>();
  /** When each trainee last said what they are: a call whose end is recorded after that choice sends them to after-call work. */
  #choseAt = new Map<string, number>();
  #connectedAt = new Map<string, number>();

  connected(userId: string, at = 0): void {
    if (!this.#connections.has(userId)) this.#connectedAt.set(userId, at);
    this.#connections.set(userId, (this.#connections.get(userId) ?? 0) + 1);
    if (!this.#chosen.has(userId)) this.#chosen.set(userId, 'available');
  }

  disconnected(userId: string): void {
    const left = (this.#connections.get(userId) ?? 1) - 1;
    if (left > 0) this.#connections.set(userId, left);
    else this.#connections.delete(userId);
  }

  /** Since when the trainee has been ready: their last "available", or their arrival (the distributor rings the longest idle first). */
  readySince(userId: string): number {
    return this.#choseAt.get(userId) ?? this.#connectedAt.get(userId) ?? 0;
  }

  isConnected(userId: string): boolean {
    return this.#connections.has(userId);
  }

  choose(userId: string, status: 'available' | 'paused', at: number): void {
    this.#afterCall.delete(userId);
    this.#chosen.set(userId, status);
    this.#choseAt.set(userId, at);
  }

  /**
   * A call ended: as on a real ACD, the agent stays in after-call work until they say they are ready,
   * so "Back to available" means what it says. Only a connected trainee has a debrief to read. The end
   * is noted after scoring, so a trainee quick to say they are ready (at or after `endedAt`) stays ready.
   */
  callEnded(userId: string, endedAt: number): void {
    if (!this.isConnected(userId)) return;
    if ((this.#choseAt.get(userId) ?? Number.NEGATIVE_INFINITY) >= endedAt) return;
    this.#afterCall.add(userId);
  }

  /** The status an instructor sees: the call's phase wins over what the trainee chose. */
  statusOf(userId: string, callPhase: string | null): AgentStatus {
    if (callPhase === 'ringing') return 'ringing';
    if (callPhase === 'talking' || callPhase === 'onHold') return 'onCall';
    if (callPhase === 'wrapUp') return 'afterCallWork';
    if (!this.isConnected(userId)) return 'offline';
    if (this.#afterCall.has(userId)) return 'afterCallWork';
    return this.#chosen.get(userId) ?? 'available';
  }
}
