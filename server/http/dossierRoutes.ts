import { Router } from 'express';
import { fail } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { canViewTrainee } from '../classScope.js';
import type { KpiTargetRecord } from '../competency/kpiTargetLog.js';
import { traineeDossier } from '../competency/traineeDossier.js';
import { traineeDossierPdf } from '../exports/traineeDossierPdf.js';
import type { RecordLog } from '../store/recordLog.js';
import { respond } from './respond.js';

/**
 * The trainee's dossier as a PDF for the course records: the instructors of the trainee's class, its
 * assessors and admins. Trainees are refused, their own dossier too: it lists exam and unreleased
 * results, which a trainee may not see before an assessor releases them.
 */
export function dossierRoutes(context: AppContext, targets: RecordLog<KpiTargetRecord>): Router {
  const router = Router();
  router.get('/trainees/:id/dossier.pdf', async (req, res) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return respond(res, fail('UNAUTHENTICATED', 'Log in first.'));
    if (user.role === 'trainee')
      return respond(res, fail('FORBIDDEN', 'Dossiers are for instructors, assessors and admins.', { reason: 'roleCannot' }));
    // Rights first, so an unknown id tells an instructor nothing more than a trainee of another class.
    if (!canViewTrainee(user, req.params.id, context.documents.data))
      return respond(res, fail('FORBIDDEN', 'This trainee is not in a class you may read.'));
    const dossier = await traineeDossier(context, targets, req.params.id);
    if (!dossier) return respond(res, fail('NOT_FOUND', 'No such trainee.'));
    const pdf = await traineeDossierPdf(dossier, new Date(context.clock.now()));
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="dossier-${encodeURIComponent(dossier.username)}.pdf"`);
    res.send(pdf);
  });
  return router;
}
