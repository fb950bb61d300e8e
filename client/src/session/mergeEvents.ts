import type { SessionEvent } from '../../../protocol/events.js';

/**
 * Adds events to a log kept in seq order, once each: a rejoin may resend what a live push already
 * delivered, and pushes may overtake the join's answer.
 */
export function mergeEvents(log: readonly SessionEvent[], incoming: readonly SessionEvent[]): SessionEvent[] {
  if (incoming.length === 0) return log as SessionEvent[];
  const last = log.at(-1)?.seq ?? 0;
  const inOrder = incoming.every((event, index) => event.seq > (index === 0 ? last : (incoming[index - 1]?.seq ?? last)));
  if (inOrder) return [...log, ...incoming];
  const bySeq = new Map<number, SessionEvent>();
  for (const event of log) bySeq.set(event.seq, event);
  for (const event of incoming) if (!bySeq.has(event.seq)) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
