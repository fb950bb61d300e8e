import { useEffect } from 'react';
import type { Debrief } from '../../../protocol/views.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';

const retryMs = 2000;
const attempts = 5;

/**
 * The debrief is pushed when a call ends, but a reconnect can lose the push: once the log shows the
 * end and no debrief came, ask for the score, a few times while the server is still scoring.
 */
export function useDebriefFallback(
  sessionId: string | null,
  ended: boolean,
  haveDebrief: boolean,
  receive: (sessionId: string, score: Debrief) => void,
): void {
  const socket = useSocket();
  useEffect(() => {
    if (!sessionId || !ended || haveDebrief) return;
    let cancelled = false;
    let timer = 0;
    const ask = async (attempt: number) => {
      const result = await request(socket, 'session:score', { sessionId });
      if (cancelled) return;
      if (result.ok) receive(sessionId, result.data);
      else if (attempt + 1 < attempts) timer = window.setTimeout(() => void ask(attempt + 1), retryMs);
    };
    timer = window.setTimeout(() => void ask(0), retryMs);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [socket, sessionId, ended, haveDebrief, receive]);
}
