import type { Request, Router } from 'express';
import { competencyQuerySchema, type CompetencyMatrix } from '../../protocol/competency.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { readsClass } from '../classScope.js';
import { competencyCsv } from '../competency/competencyCsv.js';
import { competencyMatrix } from '../competency/competencyMatrix.js';
import { apiRouter } from './apiRouter.js';
import { respond } from './respond.js';

/** The competency record of a class, as JSON for the screen and as CSV for the course's records. */
export function competencyRoutes(context: AppContext): Router {
  const api = apiRouter('/api');

  const matrixAsked = async (req: Request<{ id: string }>): Promise<Result<CompetencyMatrix>> => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role === 'trainee') return fail('FORBIDDEN', 'The competency record is for instructors, assessors and admins.');
    const group = context.documents.data.classes.find((candidate) => candidate.id === req.params.id);
    if (!group) return fail('NOT_FOUND', 'No such class.');
    if (!readsClass(user, group)) return fail('FORBIDDEN', 'This class is not one you may read.');
    const query = competencyQuerySchema.safeParse(req.query);
    if (!query.success) return fail('BAD_REQUEST', describeZodError(query.error));
    return ok(await competencyMatrix(context, group, query.data));
  };

  api.get('/classes/:id/competency', (req) => matrixAsked(req));
  // A file, not a JSON envelope; refusals still answer the lab's JSON error with its status.
  api.router.get('/classes/:id/competency.csv', async (req, res) => {
    const matrix = await matrixAsked(req);
    if (!matrix.ok) return respond(res, matrix);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="competenze-${encodeURIComponent(matrix.data.classId)}.csv"`);
    res.send(competencyCsv(matrix.data));
  });
  return api.router;
}
