import type { Request, Router } from 'express';
import type { z } from 'zod';
import { acknowledgeRequestSchema, disputeRequestSchema, type SessionReviewView } from '../../protocol/review.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { appendReview, askedSession } from '../review/reviewAccess.js';
import { reviewedScore } from '../review/reviewedScore.js';
import type { ReviewRecord } from '../store/reviewRecords.js';
import { apiRouter } from './apiRouter.js';

/** The trainee's answer to a released review: they acknowledge it, or dispute an item. Only the session's own trainee. */
export function traineeReviewRoutes(context: AppContext): Router {
  const api = apiRouter('/api');

  const answer = async <S extends z.ZodType>(
    req: Request<{ id: string }>,
    schema: S,
    make: (body: z.infer<S>, user: PublicUser, sessionId: string) => Promise<Result<ReviewRecord>>,
  ): Promise<Result<SessionReviewView>> => {
    const access = askedSession(context, req);
    if (!access.ok) return access;
    const { user, found } = access.data;
    if (user.id !== found.record.traineeId)
      return fail('FORBIDDEN', 'Only the trainee of the session answers its review.', { reason: 'onlyTraineeAnswers' });
    if (!context.reviews.releaseOf(found.record.id))
      return fail('INVALID_STATE', 'The review of this session has not been released to you.', { reason: 'reviewNotReleased' });
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const record = await make(parsed.data, user, found.record.id);
    return record.ok ? appendReview(context, record.data) : record;
  };

  api.post('/sessions/:id/review/acknowledge', (req) =>
    answer(req, acknowledgeRequestSchema, async (_body, user, sessionId) => {
      const records = context.reviews.recordsOf(sessionId);
      const acknowledged = records.findLastIndex((record) => record.type === 'review.acknowledged');
      // Acknowledged once per state of the review: again only after an assessor changed or confirmed something since.
      if (acknowledged >= 0 && !records.slice(acknowledged).some((record) => record.type === 'item.verdict'))
        return fail('INVALID_STATE', 'You have acknowledged this review already.', { reason: 'reviewAcknowledged' });
      return ok({ type: 'review.acknowledged', sessionId, by: user.id, at: context.clock.now() });
    }),
  );

  api.post('/sessions/:id/review/disputes', (req) =>
    answer(req, disputeRequestSchema, async (body, user, sessionId) => {
      const score = await reviewedScore(context, sessionId);
      if (!score?.final.items.some((item) => item.id === body.itemId))
        return fail('NOT_FOUND', `The rubric has no item "${body.itemId}".`, { reason: 'noSuchItem' });
      const records = context.reviews.recordsOf(sessionId);
      const lastDispute = records.findLastIndex((record) => record.type === 'item.disputed' && record.itemId === body.itemId);
      const answered = records.slice(lastDispute + 1).some((record) => record.type === 'item.verdict' && record.itemId === body.itemId);
      if (lastDispute >= 0 && !answered)
        return fail('INVALID_STATE', 'This item is disputed already: the assessors have not answered yet.', { reason: 'disputeOpen' });
      return ok({ type: 'item.disputed', sessionId, by: user.id, at: context.clock.now(), itemId: body.itemId, text: body.text });
    }),
  );
  return api.router;
}
