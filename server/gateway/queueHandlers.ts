import { fail, ok } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { QueueSnapshot } from '../../protocol/queue.js';
import { queueAddSchema, watchSchema } from '../../protocol/socket.js';
import type { AppContext } from '../appContext.js';
import { readsClass, runsClass } from '../classScope.js';
import { archivedRefusal } from '../course/archivedClass.js';
import { handle } from './handle.js';
import { rooms, type LabServer, type LabSocket } from './types.js';

/** The queues of the classes a user reads, as they stand now. */
export function queuesFor(context: AppContext, user: PublicUser): QueueSnapshot {
  const titleOf = (scenarioId: string) => context.catalog.get(scenarioId)?.title ?? { it: scenarioId, en: scenarioId };
  const queues = context.documents.data.classes
    .filter((group) => readsClass(user, group))
    .map((group) => context.queue.view(group.id, group.name, titleOf));
  return { now: context.clock.now(), queues };
}

/** Each watcher hears of the queues of their classes when one changes. */
export function pushQueues(io: LabServer, context: AppContext): void {
  for (const id of io.sockets.adapter.rooms.get(rooms.queue) ?? []) {
    const watcher = io.sockets.sockets.get(id);
    if (watcher) watcher.emit('queue:update', queuesFor(context, watcher.data.user));
  }
}

export function registerQueueHandlers(socket: LabSocket, context: AppContext): void {
  const user = socket.data.user;

  socket.on(
    'queue:add',
    handle(user, queueAddSchema, ['instructor', 'admin'], async ({ classId, scenarioIds, copies, staggerSeconds, mode }) => {
      const group = context.documents.data.classes.find((candidate) => candidate.id === classId);
      if (!group) return fail('NOT_FOUND', `No class ${classId}.`);
      if (!runsClass(user, group)) return fail('FORBIDDEN', `Class ${classId} is not one of yours.`);
      const archived = archivedRefusal(context.documents.data, { classId });
      if (archived) return archived;
      return context.queue.add(classId, scenarioIds, copies, staggerSeconds * 1000, mode, user.id);
    }),
  );

  socket.on(
    'queue:watch',
    handle(user, watchSchema, ['instructor', 'admin'], async () => {
      await socket.join(rooms.queue);
      return ok(queuesFor(context, user));
    }),
  );
}
