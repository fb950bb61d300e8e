import type { Request, Router } from 'express';
import { calibrationRequestSchema, type CalibrationView } from '../../protocol/calibration.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { calibrationsIn, calibrationViewFor } from '../review/calibration.js';
import { askedSession } from '../review/reviewAccess.js';
import { reviewerOf } from '../review/sessionReviewView.js';
import { apiRouter } from './apiRouter.js';

/** Blind calibration of a session's review between assessors; read by the session's observers. */
export function calibrationRoutes(context: AppContext): Router {
  const api = apiRouter('/api');
  const who = (id: string) => reviewerOf(context, id);

  const viewFor = async (req: Request<{ id: string }>, write: boolean): Promise<Result<CalibrationView>> => {
    const access = askedSession(context, req);
    if (!access.ok) return access;
    const { user, found } = access.data;
    if (!isObserver(user)) return fail('FORBIDDEN', 'Calibration is the assessors’.', { reason: 'roleCannot' });
    const automatic = await context.registry.scoreOf(found.record.id);
    if (!automatic) return fail('NOT_FOUND', 'The scenario of this session is no longer offered.');
    if (write) {
      if (user.role !== 'assessor') return fail('FORBIDDEN', 'Only assessors review sessions.', { reason: 'onlyAssessorsReview' });
      if (found.record.status !== 'ended')
        return fail('INVALID_STATE', 'The session is still live: it can be reviewed once it has ended.', { reason: 'reviewLiveSession' });
      if (found.record.notAnswered)
        return fail('INVALID_STATE', 'The call was never answered: there is nothing to review.', { reason: 'reviewNotAnswered' });
      const parsed = calibrationRequestSchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      if (calibrationsIn(context.reviews.recordsOf(found.record.id)).some((record) => record.by === user.id))
        return fail('INVALID_STATE', 'You have given your calibration verdicts for this session already.', { reason: 'calibratedAlready' });
      const given = new Map(parsed.data.verdicts.map(({ itemId, verdict }) => [itemId, verdict]));
      const ids = automatic.items.map((item) => item.id);
      if (given.size !== parsed.data.verdicts.length || given.size !== ids.length || !ids.every((id) => given.has(id)))
        return fail('BAD_REQUEST', 'Give exactly one verdict for every item of the rubric.', { reason: 'calibrationIncomplete' });
      try {
        await context.reviews.append({
          type: 'calibration.submitted',
          sessionId: found.record.id,
          by: user.id,
          at: context.clock.now(),
          verdicts: Object.fromEntries(given),
        });
      } catch (error) {
        return fail('STORAGE_FAILED', `The calibration was not saved: ${(error as Error).message}`);
      }
    }
    return ok(calibrationViewFor(user, found.record.id, automatic.items, context.reviews.recordsOf(found.record.id), who));
  };

  api.get('/sessions/:id/calibration', (req) => viewFor(req, false));
  api.post('/sessions/:id/calibration', (req) => viewFor(req, true));
  return api.router;
}
