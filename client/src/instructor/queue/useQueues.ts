import type { QueueSnapshot } from '../../../../protocol/queue.js';
import type { LabError } from '../../../../protocol/result.js';
import { request, type LabSocket } from '../../api/socketRequest.js';
import { useLiveList, type LiveListSource } from '../../api/useLiveList.js';

const queues: LiveListSource<QueueSnapshot> = {
  read: (socket: LabSocket) => request(socket, 'queue:watch', {}),
  subscribe: (socket, pushed) => {
    socket.on('queue:update', pushed);
    return () => void socket.off('queue:update', pushed);
  },
  readNeedsLink: true,
};

/** The queues of the instructor's classes, live: read once connected (and after each reconnect), then pushed whole. */
export function useQueues(): { snapshot: QueueSnapshot | null; error: LabError | null } {
  const { list, error } = useLiveList(queues);
  return { snapshot: list, error };
}
