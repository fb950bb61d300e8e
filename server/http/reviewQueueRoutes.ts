import type { Router } from 'express';
import { assignRequestSchema } from '../../protocol/reviewQueue.js';
import { describeZodError, fail, ok } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { askedSession } from '../review/reviewAccess.js';
import { assessorsFor, openDisputes, queueReason, reviewQueueFor, samplePercent } from '../review/reviewQueue.js';
import { reviewerOf } from '../review/sessionReviewView.js';
import { apiRouter } from './apiRouter.js';

const queueRoles = ['assessor', 'admin'];

/** The assessors' work queue, and the assignment of a session to one of them. */
export function reviewQueueRoutes(context: AppContext): Router {
  const api = apiRouter('/api');

  api.get('/review-queue', (req) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (!queueRoles.includes(user.role)) return fail('FORBIDDEN', 'The review queue is the assessors’.', { reason: 'roleCannot' });
    return ok({ entries: reviewQueueFor(context, user), assessors: assessorsFor(context), samplePercent });
  });

  api.post('/sessions/:id/review/assign', async (req) => {
    const access = askedSession(context, req);
    if (!access.ok) return access;
    const { user, found } = access.data;
    if (!queueRoles.includes(user.role)) return fail('FORBIDDEN', 'Only assessors assign reviews.', { reason: 'roleCannot' });
    const parsed = assignRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    const { record } = found;
    if (record.status !== 'ended')
      return fail('INVALID_STATE', 'The session is still live: it can be reviewed once it has ended.', { reason: 'reviewLiveSession' });
    if (record.notAnswered)
      return fail('INVALID_STATE', 'The call was never answered: there is nothing to review.', { reason: 'reviewNotAnswered' });
    if (!assessorsFor(context, record.traineeId).some((assessor) => assessor.id === parsed.data.assessorId))
      return fail('BAD_REQUEST', 'No assessor by that id reads this session’s class.', { reason: 'noSuchAssessor' });
    try {
      await context.reviews.append({
        type: 'review.assigned',
        sessionId: record.id,
        by: user.id,
        at: context.clock.now(),
        assessorId: parsed.data.assessorId,
      });
    } catch (error) {
      return fail('STORAGE_FAILED', `The assignment was not saved: ${(error as Error).message}`);
    }
    const records = context.reviews.recordsOf(record.id);
    return ok({
      session: context.registry.summary(record),
      reason: queueReason(record, records) ?? 'requested',
      assignedTo: reviewerOf(context, parsed.data.assessorId),
      openDisputes: openDisputes(records),
    });
  });
  return api.router;
}
