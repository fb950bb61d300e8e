import { useEffect, useState } from 'react';
import type { LabError } from '../../../protocol/result.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';
import { useSocket } from '../api/socketContext.js';

export interface PracticeCatalogue {
  /** Null until the first answer. */
  scenarios: ScenarioSummary[] | null;
  error: LabError | null;
}

/** The scenarios the trainee's class has open for practice: read once (again after a reconnect), then pushed. */
export function usePracticeCatalogue(): PracticeCatalogue {
  const socket = useSocket();
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [error, setError] = useState<LabError | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const result = await callApi('GET /api/practice');
      if (!live) return;
      if (result.ok) {
        setScenarios(result.data);
        setError(null);
      } else setError(result.error);
    };
    const onUpdate = (list: ScenarioSummary[]) => {
      setScenarios(list);
      setError(null);
    };
    // A push missed while disconnected is made good by reading the list again.
    const onConnect = () => void load();
    socket.on('catalogue:update', onUpdate);
    socket.on('connect', onConnect);
    void load();
    return () => {
      live = false;
      socket.off('catalogue:update', onUpdate);
      socket.off('connect', onConnect);
    };
  }, [socket]);

  return { scenarios, error };
}
