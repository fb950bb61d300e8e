import type { Request, Router } from 'express';
import type { z } from 'zod';
import { commentRequestSchema, verdictRequestSchema, type SessionReviewView } from '../../protocol/review.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { reviewedScore } from '../review/reviewedScore.js';
import { appendReview, askedSession, reviewViewOf } from '../review/reviewAccess.js';
import type { ReviewRecord } from '../store/reviewRecords.js';
import { apiRouter } from './apiRouter.js';

/** The assessor's review of a session: read by observers (and its trainee once released), written by assessors only. */
export function reviewRoutes(context: AppContext): Router {
  const api = apiRouter('/api');

  const asked = (req: Request<{ id: string }>) => askedSession(context, req);
  const viewOf = (sessionId: string) => reviewViewOf(context, sessionId);

  /** Checks who writes, on what, with what body; then appends the record `make` builds, or says why not. */
  const write = async <S extends z.ZodType>(
    req: Request<{ id: string }>,
    schema: S,
    make: (body: z.infer<S>, user: PublicUser, sessionId: string) => Promise<Result<ReviewRecord>>,
  ): Promise<Result<SessionReviewView>> => {
    const access = asked(req);
    if (!access.ok) return access;
    const { user, found } = access.data;
    if (user.role !== 'assessor') return fail('FORBIDDEN', 'Only assessors review sessions.', { reason: 'onlyAssessorsReview' });
    if (found.record.status !== 'ended')
      return fail('INVALID_STATE', 'The session is still live: it can be reviewed once it has ended.', { reason: 'reviewLiveSession' });
    if (found.record.notAnswered)
      return fail('INVALID_STATE', 'The call was never answered: there is nothing to review.', { reason: 'reviewNotAnswered' });
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const record = await make(parsed.data, user, found.record.id);
    return record.ok ? appendReview(context, record.data) : record;
  };

  api.get('/sessions/:id/review', async (req) => {
    const access = asked(req);
    if (!access.ok) return access;
    const { user, found } = access.data;
    // A trainee reads the review of their own session only once it is released to them: before, there is none to read.
    if (!isObserver(user) && !context.reviews.releaseOf(found.record.id)) return ok(null);
    return viewOf(found.record.id);
  });

  api.post('/sessions/:id/review/verdicts', (req) =>
    write(req, verdictRequestSchema, async (body, user, sessionId) => {
      const score = await reviewedScore(context, sessionId);
      const item = score?.final.items.find((candidate) => candidate.id === body.itemId);
      if (!item) return fail('NOT_FOUND', `The rubric has no item "${body.itemId}".`, { reason: 'noSuchItem' });
      return ok({
        type: 'item.verdict',
        sessionId,
        by: user.id,
        at: context.clock.now(),
        itemId: item.id,
        before: item.status,
        after: body.verdict,
        reason: body.reason,
      });
    }),
  );

  api.post('/sessions/:id/review/comments', (req) =>
    write(req, commentRequestSchema, async (body, user, sessionId) => {
      const score = await reviewedScore(context, sessionId);
      if (body.itemId !== null && !score?.final.items.some((item) => item.id === body.itemId))
        return fail('NOT_FOUND', `The rubric has no item "${body.itemId}".`, { reason: 'noSuchItem' });
      const lastSeq = (await context.registry.eventsOf(sessionId)).at(-1)?.seq ?? 0;
      if (body.seq !== null && body.seq > lastSeq)
        return fail('BAD_REQUEST', `The session has no moment #${body.seq}: its last event is #${lastSeq}.`, {
          reason: 'noSuchMoment',
          seq: body.seq,
        });
      return ok({
        type: 'review.comment',
        sessionId,
        by: user.id,
        at: context.clock.now(),
        itemId: body.itemId,
        seq: body.seq,
        text: body.text,
      });
    }),
  );
  return api.router;
}
