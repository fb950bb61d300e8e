import type { LabError } from '../../../protocol/result.js';
import type { RosterEntry } from '../../../protocol/views.js';
import { request, type LabSocket } from '../api/socketRequest.js';
import { useLiveList } from '../api/useLiveList.js';

const watchRoster = (socket: LabSocket) => request(socket, 'roster:watch', {});

/** The class roster, live: one watch request once connected (again after each reconnect), then pushes. */
export function useRoster(): { roster: RosterEntry[] | null; error: LabError | null } {
  const { list, error } = useLiveList({ push: 'roster:update', read: watchRoster, readNeedsLink: true });
  return { roster: list, error };
}
