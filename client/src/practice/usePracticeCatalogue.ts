import type { LabError } from '../../../protocol/result.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';
import { useLiveList } from '../api/useLiveList.js';

export interface PracticeCatalogue {
  /** Null until the first answer. */
  scenarios: ScenarioSummary[] | null;
  error: LabError | null;
}

const readCatalogue = () => callApi('GET /api/practice');

/** The scenarios the trainee's class has open for practice: read over HTTP at once (again after a reconnect), then pushed. */
export function usePracticeCatalogue(): PracticeCatalogue {
  const { list, error } = useLiveList({ push: 'catalogue:update', read: readCatalogue, readNeedsLink: false });
  return { scenarios: list, error };
}
