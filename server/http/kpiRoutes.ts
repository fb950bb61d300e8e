import type { Request, Router } from 'express';
import { competencyQuerySchema } from '../../protocol/competency.js';
import { kpiTargetsSchema, type ClassKpis } from '../../protocol/kpiTargets.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { readsClass, runsClass } from '../classScope.js';
import { classKpis } from '../competency/classKpis.js';
import type { KpiTargetRecord } from '../competency/kpiTargetLog.js';
import type { StoredClass } from '../store/documents.js';
import type { RecordLog } from '../store/recordLog.js';
import { apiRouter } from './apiRouter.js';

/** A class's call-centre KPIs over a range, read by its observers; its targets, set by its instructors only. */
export function kpiRoutes(context: AppContext, targets: RecordLog<KpiTargetRecord>): Router {
  const api = apiRouter('/api');

  const classAsked = (req: Request<{ id: string }>): Result<{ user: PublicUser; group: StoredClass }> => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role === 'trainee') return fail('FORBIDDEN', 'Class KPIs are for instructors, assessors and admins.');
    const group = context.documents.data.classes.find((candidate) => candidate.id === req.params.id);
    if (!group) return fail('NOT_FOUND', 'No such class.');
    if (!readsClass(user, group)) return fail('FORBIDDEN', 'This class is not one you may read.');
    return ok({ user, group });
  };

  api.get('/classes/:id/kpis', async (req): Promise<Result<ClassKpis>> => {
    const asked = classAsked(req);
    if (!asked.ok) return asked;
    const query = competencyQuerySchema.safeParse(req.query);
    if (!query.success) return fail('BAD_REQUEST', describeZodError(query.error));
    return ok(await classKpis(context, targets, asked.data.group, query.data));
  });

  api.post('/classes/:id/kpi-targets', async (req): Promise<Result<ClassKpis>> => {
    const asked = classAsked(req);
    if (!asked.ok) return asked;
    const { user, group } = asked.data;
    // Assessors read the figures; the targets are the teaching's, so only who runs the class sets them.
    if (user.role !== 'instructor' || !runsClass(user, group))
      return fail('FORBIDDEN', 'Only the instructors of the class set its targets.');
    const parsed = kpiTargetsSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
    try {
      await targets.append({ classId: group.id, by: user.id, at: context.clock.now(), targets: parsed.data });
    } catch (error) {
      return fail('STORAGE_FAILED', `The targets were not saved: ${(error as Error).message}`);
    }
    return ok(await classKpis(context, targets, group, {}));
  });
  return api.router;
}
