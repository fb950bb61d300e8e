import { useCallback, useEffect, useState } from 'react';
import type { CommentRequest, DisputeRequest, SessionReviewView, VerdictRequest } from '../../../protocol/review.js';
import type { Result } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';

export interface SessionReviewState {
  /** null while the first answer is awaited; data null for a trainee whose review is not released. */
  result: Result<SessionReviewView | null> | null;
  saveVerdict(body: VerdictRequest): Promise<Result<SessionReviewView>>;
  saveComment(body: CommentRequest): Promise<Result<SessionReviewView>>;
  acknowledge(): Promise<Result<SessionReviewView>>;
  dispute(body: DisputeRequest): Promise<Result<SessionReviewView>>;
  reload(): void;
}

/** A session's review, and its writes: each answers with the review as it now is, which replaces the one shown. */
export function useSessionReview(sessionId: string): SessionReviewState {
  const [result, setResult] = useState<Result<SessionReviewView | null> | null>(null);
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new generation asks again: it is the trigger of a reload
  useEffect(() => {
    let live = true;
    void callApi('GET /api/sessions/:id/review', { params: { id: sessionId } }).then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [sessionId, generation]);
  const keep = useCallback((answer: Result<SessionReviewView>) => {
    if (answer.ok) setResult(answer);
    return answer;
  }, []);
  const params = { id: sessionId };
  return {
    result,
    saveVerdict: (body) => callApi('POST /api/sessions/:id/review/verdicts', { params, body }).then(keep),
    saveComment: (body) => callApi('POST /api/sessions/:id/review/comments', { params, body }).then(keep),
    acknowledge: () => callApi('POST /api/sessions/:id/review/acknowledge', { params, body: {} }).then(keep),
    dispute: (body) => callApi('POST /api/sessions/:id/review/disputes', { params, body }).then(keep),
    reload: () => setGeneration((value) => value + 1),
  };
}
