import { RateLimiterMemory } from 'rate-limiter-flexible';
import { fail } from '../../protocol/result.js';
import type { LabSocket } from './types.js';

/**
 * Per-connection flood control: past the limit an event is answered RATE_LIMITED and dropped,
 * so one runaway client cannot slow the floor for everybody else. 0 disables it (benchmarks).
 */
export function limitSocketEvents(socket: LabSocket, eventsPerSecond: number): void {
  if (eventsPerSecond <= 0) return;
  const limiter = new RateLimiterMemory({ points: eventsPerSecond, duration: 1 });
  socket.use((packet, next) => {
    limiter
      .consume(socket.id)
      .then(() => next())
      .catch(() => {
        const ack = packet.at(-1);
        if (typeof ack === 'function')
          ack(fail('RATE_LIMITED', 'Too many actions at once: slow down and retry.', { reason: 'tooManyActions' }));
      });
  });
  socket.on('disconnect', () => void limiter.delete(socket.id));
}
