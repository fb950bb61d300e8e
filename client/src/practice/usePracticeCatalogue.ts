import type { LabError } from '../../../protocol/result.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';
import { useLiveList, type LiveListSource } from '../api/useLiveList.js';

export interface PracticeCatalogue {
  /** Null until the first answer. */
  scenarios: ScenarioSummary[] | null;
  error: LabError | null;
}

const catalogue: LiveListSource<ScenarioSummary[]> = {
  read: () => callApi('GET /api/practice'),
  subscribe: (socket, pushed) => {
    socket.on('catalogue:update', pushed);
    return () => void socket.off('catalogue:update', pushed);
  },
  readNeedsLink: false,
};

/** The scenarios the trainee's class has open for practice: read over HTTP at once (again after a reconnect), then pushed. */
export function usePracticeCatalogue(): PracticeCatalogue {
  const { list, error } = useLiveList(catalogue);
  return { scenarios: list, error };
}
