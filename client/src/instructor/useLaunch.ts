import { useCallback, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';
import type { LaunchMode } from '../../../protocol/vocabulary.js';
import type { SkippedTrainee } from '../../../protocol/socket.js';

export type LaunchTarget = { traineeIds: string[] } | { classId: string };

export interface Launcher {
  launch: (scenarioId: string, target: LaunchTarget, mode: LaunchMode) => Promise<void>;
  pending: boolean;
  error: LabError | null;
  launched: number | null;
  /** Who the last launch passed over, and why. */
  skipped: SkippedTrainee[];
}

/** Sends a scenario to trainees in a mode; the ack says how many sessions started and who was skipped. */
export function useLaunch(): Launcher {
  const socket = useSocket();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const [launched, setLaunched] = useState<number | null>(null);
  const [skipped, setSkipped] = useState<SkippedTrainee[]>([]);

  const launch = useCallback(
    async (scenarioId: string, target: LaunchTarget, mode: LaunchMode) => {
      setPending(true);
      setError(null);
      setLaunched(null);
      setSkipped([]);
      const result = await request(socket, 'session:launch', { scenarioId, ...target, mode });
      setPending(false);
      if (result.ok) {
        setLaunched(result.data.sessionIds.length);
        setSkipped(result.data.skipped);
      } else setError(result.error);
    },
    [socket],
  );

  return { launch, pending, error, launched, skipped };
}
