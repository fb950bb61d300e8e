import type { AgentStatus } from '../../protocol/roles.js';

/** Who is connected and whether they said they are available or on a break. */
export class Presence {
  #connections = new Map<string, number>();
  #chosen = new Map<string, 'available' | 'paused'>();

  connected(userId: string): void {
    this.#connections.set(userId, (this.#connections.get(userId) ?? 0) + 1);
    if (!this.#chosen.has(userId)) this.#chosen.set(userId, 'available');
  }

  disconnected(userId: string): void {
    const left = (this.#connections.get(userId) ?? 1) - 1;
    if (left > 0) this.#connections.set(userId, left);
    else this.#connections.delete(userId);
  }

  isConnected(userId: string): boolean {
    return this.#connections.has(userId);
  }

  choose(userId: string, status: 'available' | 'paused'): void {
    this.#chosen.set(userId, status);
  }

  /** The status an instructor sees: the call's phase wins over what the trainee chose. */
  statusOf(userId: string, callPhase: string | null): AgentStatus {
    if (callPhase === 'ringing') return 'ringing';
    if (callPhase === 'talking' || callPhase === 'onHold') return 'onCall';
    if (callPhase === 'wrapUp') return 'afterCallWork';
    if (!this.isConnected(userId)) return 'offline';
    return this.#chosen.get(userId) ?? 'available';
  }
}
