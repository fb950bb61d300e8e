import { useCallback, useRef, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import type { PracticeMode } from '../../../protocol/vocabulary.js';
import { request } from '../api/socketRequest.js';

export interface StartPractice {
  start: (scenarioId: string, mode: PracticeMode) => Promise<boolean>;
  /** The scenario being started, while the server has not answered. */
  pendingId: string | null;
  error: LabError | null;
}

/** Asks for a practice call; the call then rings like any other (`call:incoming`). */
export function useStartPractice(): StartPractice {
  const socket = useSocket();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [error, setError] = useState<LabError | null>(null);
  const inFlight = useRef(false);
  const start = useCallback(
    async (scenarioId: string, mode: PracticeMode) => {
      if (inFlight.current) return false;
      inFlight.current = true;
      setPendingId(scenarioId);
      setError(null);
      const result = await request(socket, 'session:practice', { scenarioId, mode });
      inFlight.current = false;
      setPendingId(null);
      if (!result.ok) setError(result.error);
      return result.ok;
    },
    [socket],
  );
  return { start, pendingId, error };
}
