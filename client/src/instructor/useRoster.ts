import { useEffect, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import type { RosterEntry } from '../../../protocol/views.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';

/** The class roster, live: one watch request (again after each reconnect), then pushes. */
export function useRoster(): { roster: RosterEntry[] | null; error: LabError | null } {
  const socket = useSocket();
  const [roster, setRoster] = useState<RosterEntry[] | null>(null);
  const [error, setError] = useState<LabError | null>(null);

  useEffect(() => {
    let live = true;
    const watch = async () => {
      const result = await request(socket, 'roster:watch', {});
      if (!live) return;
      if (result.ok) {
        setRoster(result.data);
        setError(null);
      } else setError(result.error);
    };
    const onUpdate = (entries: RosterEntry[]) => setRoster(entries);
    const onConnect = () => void watch();
    socket.on('roster:update', onUpdate);
    socket.on('connect', onConnect);
    if (socket.connected) void watch();
    return () => {
      live = false;
      socket.off('roster:update', onUpdate);
      socket.off('connect', onConnect);
    };
  }, [socket]);

  return { roster, error };
}
