import type { SessionEvent } from '../../protocol/events.js';
import type { ItemResult } from '../../protocol/views.js';

/**
 * Marks the items a trainee met only after the instructor whispered to them: the assessor sees that
 * the help came first. An item is coached when every event that earned it follows a whisper; an item
 * met by something the trainee avoided (no evidence) was not helped by it.
 */
export function markCoached(items: ItemResult[], events: readonly SessionEvent[]): ItemResult[] {
  const whisper = events.find((event) => event.type === 'coach.whispered');
  if (!whisper) return items;
  return items.map((item) => {
    const earnedAt = item.evidence.length ? Math.min(...item.evidence) : null;
    if (item.status !== 'met' || earnedAt === null || earnedAt < whisper.seq) return item;
    return { ...item, coachedAfter: whisper.seq };
  });
}
