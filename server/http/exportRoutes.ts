import { Router } from 'express';
import { fail } from '../../protocol/result.js';
import { isObserver } from '../access.js';
import type { AppContext } from '../appContext.js';
import { exportCsv, exportNames, type ExportName } from '../exports/reviewExports.js';
import { askedSession } from '../review/reviewAccess.js';
import { sessionReportPdf } from '../exports/sessionReportPdf.js';
import { respond } from './respond.js';

/**
 * The course records' downloads: files, not JSON envelopes, so a plain router. Refusals still answer
 * the lab's JSON error, with its status.
 */
export function exportRoutes(context: AppContext): Router {
  const router = Router();
  router.get('/exports/:name.csv', async (req, res) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return respond(res, fail('UNAUTHENTICATED', 'Log in first.'));
    if (!isObserver(user))
      return respond(res, fail('FORBIDDEN', 'Exports are for instructors, assessors and admins.', { reason: 'roleCannot' }));
    const name = exportNames.find((candidate) => candidate === req.params.name);
    if (!name) return respond(res, fail('NOT_FOUND', 'No such export.'));
    const csv = await exportCsv(context, user, name satisfies ExportName);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="centralino-${name}.csv"`);
    res.send(csv);
  });
  router.get('/sessions/:id/report.pdf', async (req, res) => {
    const access = askedSession(context, req);
    if (!access.ok) return respond(res, access);
    if (!isObserver(access.data.user))
      return respond(res, fail('FORBIDDEN', 'Session reports are for instructors, assessors and admins.', { reason: 'roleCannot' }));
    const { record } = access.data.found;
    if (record.status !== 'ended')
      return respond(res, fail('INVALID_STATE', 'The session is still live.', { reason: 'reviewLiveSession' }));
    const pdf = await sessionReportPdf(context, record);
    if (!pdf) return respond(res, fail('NOT_FOUND', 'The scenario of this session is no longer offered.'));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="sessione-${record.id}.pdf"`);
    res.send(pdf);
  });
  return router;
}
