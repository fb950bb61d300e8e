import { useEffect } from 'react';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';

/** Tells the lab each time the monitor's Mirror opens, for the audit of who watched; the mirror works whatever the answer. */
export function useMirrorAudit(sessionId: string, mirror: boolean): void {
  const socket = useSocket();
  useEffect(() => {
    if (mirror) void request(socket, 'session:mirror', { sessionId });
  }, [socket, sessionId, mirror]);
}
