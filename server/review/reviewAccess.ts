import type { Request } from 'express';
import type { SessionReviewView } from '../../protocol/review.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { viewableSession, type ViewableSession } from '../sessionViews.js';
import type { ReviewRecord } from '../store/reviewRecords.js';
import { sessionReviewView } from './sessionReviewView.js';

/** The session a request names, if its user may see it: another class's or another trainee's is simply not found. */
export function askedSession(context: AppContext, req: Request<{ id: string }>): Result<{ user: PublicUser; found: ViewableSession }> {
  const user = context.userOf(req.headers.cookie);
  if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
  const found = viewableSession(context, user, req.params.id);
  return found.ok ? ok({ user, found: found.data }) : found;
}

export async function reviewViewOf(context: AppContext, sessionId: string): Promise<Result<SessionReviewView>> {
  const view = await sessionReviewView(context, sessionId);
  return view ? ok(view) : fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
}

/** Appends one review record and answers with the review as it now is; a failed write changes nothing. */
export async function appendReview(context: AppContext, record: ReviewRecord): Promise<Result<SessionReviewView>> {
  try {
    await context.reviews.append(record);
  } catch (error) {
    return fail('STORAGE_FAILED', `The review was not saved: ${(error as Error).message}`);
  }
  return reviewViewOf(context, record.sessionId);
}
