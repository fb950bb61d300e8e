import type { PublicUser } from '../../protocol/roles.js';
import type { WallCard } from '../../protocol/wall.js';
import type { AppContext } from '../appContext.js';
import { canViewSession } from '../classScope.js';
import { rooms, type LabServer } from '../gateway/types.js';
import { wallCard } from './wallCard.js';

/** How often the wall hears of the calls that moved: a card scored once per push, however busy the call. */
export const wallPushMs = 500;

/**
 * The wall of live calls: every live call of the instructor's classes as a card, pushed only when it
 * changed and only to those watching. Calls that moved are gathered and sent together, so a class
 * of 30 (or a bench of 1,000) costs one message per watcher per push, not one per event.
 */
export function createLiveWall(io: LabServer, context: AppContext) {
  const moved = new Set<string>();
  const left = new Set<string>();
  let queued = false;

  const watchers = () => [...(io.sockets.adapter.rooms.get(rooms.wall) ?? [])].flatMap((id) => io.sockets.sockets.get(id) ?? []);
  const cardOf = (sessionId: string): WallCard | null => {
    const session = context.registry.live(sessionId);
    const record = context.registry.record(sessionId);
    if (!session || !record || session.ended) return null;
    return wallCard(session, context.registry.summary(record), context.users.byId(record.traineeId)?.classId ?? null);
  };
  const visibleTo = (user: PublicUser, traineeId: string) => canViewSession(user, { traineeId }, context.documents.data);

  const push = () => {
    queued = false;
    const audience = watchers();
    const changed = [...moved];
    const gone = [...left];
    moved.clear();
    left.clear();
    if (audience.length === 0) return;
    const cards = changed.flatMap((id) => {
      const card = cardOf(id);
      if (!card) gone.push(id);
      return card ?? [];
    });
    for (const watcher of audience) {
      const user = watcher.data.user;
      const theirs = cards.filter((card) => visibleTo(user, card.traineeId));
      // A call that left is named to everyone watching: an id tells nothing, and a card they had goes.
      if (theirs.length > 0 || gone.length > 0) watcher.emit('wall:update', { cards: theirs, gone });
    }
  };
  const schedule = () => {
    if (queued) return;
    queued = true;
    setTimeout(push, wallPushMs).unref();
  };

  return {
    /** A live call moved (an event, a launch): its card is recomputed at the next push. */
    moved(sessionId: string): void {
      if (!io.sockets.adapter.rooms.get(rooms.wall)?.size) return;
      moved.add(sessionId);
      schedule();
    },
    /** A call ended: its card leaves the wall at the next push. */
    left(sessionId: string): void {
      moved.delete(sessionId);
      left.add(sessionId);
      schedule();
    },
    /** The wall as one watcher may see it now. */
    cardsFor(user: PublicUser): WallCard[] {
      return [...context.registry.liveSessions()].flatMap((session) =>
        visibleTo(user, session.traineeId) ? (cardOf(session.id) ?? []) : [],
      );
    },
  };
}

export type LiveWall = ReturnType<typeof createLiveWall>;
