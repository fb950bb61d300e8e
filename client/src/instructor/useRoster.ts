import type { LabError } from '../../../protocol/result.js';
import type { RosterEntry } from '../../../protocol/views.js';
import { request, type LabSocket } from '../api/socketRequest.js';
import { useLiveList, type LiveListSource } from '../api/useLiveList.js';

const roster: LiveListSource<RosterEntry[]> = {
  read: (socket: LabSocket) => request(socket, 'roster:watch', {}),
  subscribe: (socket, pushed) => {
    socket.on('roster:update', pushed);
    return () => void socket.off('roster:update', pushed);
  },
  readNeedsLink: true,
};

/** The class roster, live: one watch request once connected (again after each reconnect), then pushes. */
export function useRoster(): { roster: RosterEntry[] | null; error: LabError | null } {
  const { list, error } = useLiveList(roster);
  return { roster: list, error };
}
