import { useCallback, useRef, useState } from 'react';
import type { TraineeAction } from '../../../protocol/actions.js';
import type { LabError } from '../../../protocol/result.js';
import type { Act } from './traineeActions.js';

export interface ActionRunner {
  run: (action: TraineeAction) => Promise<boolean>;
  pending: boolean;
  error: LabError | null;
  clearError: () => void;
}

/** One control's sending state: its own pending flag and its own error, shown beside it. */
export function useActionRunner(act: Act | null): ActionRunner {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<LabError | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async (action: TraineeAction) => {
      // A double click must not send the same action twice under two ids.
      if (!act || inFlight.current) return false;
      inFlight.current = true;
      setPending(true);
      setError(null);
      const result = await act(action);
      inFlight.current = false;
      setPending(false);
      if (!result.ok) setError(result.error);
      return result.ok;
    },
    [act],
  );

  return { run, pending, error, clearError: useCallback(() => setError(null), []) };
}
