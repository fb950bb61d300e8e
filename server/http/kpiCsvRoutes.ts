import { Router } from 'express';
import { competencyQuerySchema } from '../../protocol/competency.js';
import { describeZodError, fail } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { readsClass } from '../classScope.js';
import { classKpis } from '../competency/classKpis.js';
import { kpiCsv } from '../competency/kpiCsv.js';
import type { KpiTargetRecord } from '../competency/kpiTargetLog.js';
import type { RecordLog } from '../store/recordLog.js';
import { respond } from './respond.js';

/**
 * The class's KPIs as a CSV file for the course's records, with the same rights and query as
 * GET /api/classes/:id/kpis. A file, not a JSON envelope; refusals still answer the lab's JSON error.
 */
export function kpiCsvRoutes(context: AppContext, targets: RecordLog<KpiTargetRecord>): Router {
  const router = Router();
  router.get('/classes/:id/kpis.csv', async (req, res) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return respond(res, fail('UNAUTHENTICATED', 'Log in first.'));
    if (user.role === 'trainee') return respond(res, fail('FORBIDDEN', 'Class KPIs are for instructors, assessors and admins.'));
    const group = context.documents.data.classes.find((candidate) => candidate.id === req.params.id);
    if (!group) return respond(res, fail('NOT_FOUND', 'No such class.'));
    if (!readsClass(user, group)) return respond(res, fail('FORBIDDEN', 'This class is not one you may read.'));
    const query = competencyQuerySchema.safeParse(req.query);
    if (!query.success) return respond(res, fail('BAD_REQUEST', describeZodError(query.error)));
    const csv = kpiCsv(await classKpis(context, targets, group, query.data), group.name);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="kpi-${encodeURIComponent(group.id)}.csv"`);
    res.send(csv);
  });
  return router;
}
