import { useCallback, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import { useSocket } from '../api/socketContext.js';
import { request } from '../api/socketRequest.js';

export interface ClassOpening {
  save: (classId: string, scenarioIds: string[]) => Promise<string[] | null>;
  pending: boolean;
  error: LabError | null;
}

/** Sets which scenarios a class may practise on its own; the ack gives the list now open. */
export function useClassOpening(): ClassOpening {
  const socket = useSocket();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const save = useCallback(
    async (classId: string, scenarioIds: string[]) => {
      setPending(true);
      setError(null);
      const result = await request(socket, 'class:open', { classId, scenarioIds });
      setPending(false);
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      return result.data.openScenarios;
    },
    [socket],
  );
  return { save, pending, error };
}
