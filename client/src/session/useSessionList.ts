import { useEffect, useMemo, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import type { SessionSummary } from '../../../protocol/views.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import { useApiResource } from './useApiResource.js';

export interface SessionList {
  sessions: SessionSummary[];
  loading: boolean;
  error: LabError | null;
}

/** Every session this user may see, newest first, kept current by `session:updated` pushes. */
export function useSessionList(): SessionList {
  const socket = useSocket();
  const { result, reload } = useApiResource('GET /api/sessions');
  const [updates, setUpdates] = useState<Record<string, SessionSummary>>({});

  useEffect(() => {
    const onUpdated = (sessions: SessionSummary[]) =>
      setUpdates((previous) => ({ ...previous, ...Object.fromEntries(sessions.map((session) => [session.id, session])) }));
    // The server sends the floor's launches and ends only to screens that ask, and forgets the
    // request when the socket drops. The list is read again once the pushes are flowing, so a
    // launch between the first read and the request is not missed.
    const watch = () => void request(socket, 'sessions:watch', {}).then(() => reload());
    socket.on('session:updated', onUpdated);
    socket.on('connect', watch);
    if (socket.connected) watch();
    return () => {
      socket.off('session:updated', onUpdated);
      socket.off('connect', watch);
    };
  }, [socket, reload]);

  const sessions = useMemo(() => {
    const byId = new Map<string, SessionSummary>();
    if (result?.ok) for (const session of result.data) byId.set(session.id, session);
    for (const session of Object.values(updates)) {
      // A push older than a fresh reload must not bring an ended session back to life.
      const listed = byId.get(session.id);
      if (!(listed?.status === 'ended' && session.status === 'live')) byId.set(session.id, session);
    }
    return [...byId.values()].sort((a, b) => b.launchedAt - a.launchedAt);
  }, [result, updates]);

  return { sessions, loading: result === null, error: result && !result.ok ? result.error : null };
}
