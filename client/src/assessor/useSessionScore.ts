import { useEffect, useState } from 'react';
import type { Result } from '../../../protocol/result.js';
import type { Debrief, SessionSummary } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';

/**
 * A session's score, asked once its status is known and again whenever it changes: a score asked while
 * the call was live is the live call's, so the call's end (wrap-up, outcome) brings the final one.
 */
export function useSessionScore(sessionId: string, status: SessionSummary['status'] | null): Result<Debrief> | null {
  const [score, setScore] = useState<Result<Debrief> | null>(null);
  useEffect(() => {
    if (status === null) return;
    let current = true;
    void callApi('GET /api/sessions/:id/score', { params: { id: sessionId } }).then((answer) => {
      if (current) setScore(answer);
    });
    return () => {
      current = false;
    };
  }, [sessionId, status]);
  return score;
}
