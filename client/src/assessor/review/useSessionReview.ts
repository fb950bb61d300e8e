import { useCallback, useEffect, useState } from 'react';
import type { CommentRequest, SessionReviewView, VerdictRequest } from '../../../../protocol/review.js';
import type { Result } from '../../../../protocol/result.js';
import { callApi } from '../../api/http.js';

export interface SessionReviewState {
  /** null while the first answer is awaited. */
  result: Result<SessionReviewView> | null;
  saveVerdict(body: VerdictRequest): Promise<Result<SessionReviewView>>;
  saveComment(body: CommentRequest): Promise<Result<SessionReviewView>>;
}

/** A session's review, and its writes: each answers with the review as it now is, which replaces the one shown. */
export function useSessionReview(sessionId: string): SessionReviewState {
  const [result, setResult] = useState<Result<SessionReviewView> | null>(null);
  useEffect(() => {
    let live = true;
    void callApi('GET /api/sessions/:id/review', { params: { id: sessionId } }).then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [sessionId]);
  const keep = useCallback((answer: Result<SessionReviewView>) => {
    if (answer.ok) setResult(answer);
    return answer;
  }, []);
  const params = { id: sessionId };
  return {
    result,
    saveVerdict: (body) => callApi('POST /api/sessions/:id/review/verdicts', { params, body }).then(keep),
    saveComment: (body) => callApi('POST /api/sessions/:id/review/comments', { params, body }).then(keep),
  };
}
