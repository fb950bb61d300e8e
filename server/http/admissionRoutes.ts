import type { Request, Response, Router } from 'express';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { AdmissionList } from '../../protocol/courseAdmission.js';
import type { AppContext } from '../appContext.js';
import { readsClass } from '../classScope.js';
import { admissionCsv, admissionList } from '../course/admission.js';
import type { ConsoleTime } from '../course/consoleTime.js';
import { courseRecordsOf } from '../course/courseRecords.js';
import { apiRouter } from './apiRouter.js';
import { respond } from './respond.js';

/** Admission to the final exam, per class: to who runs the class and to its assessors. */
export function admissionRoutes(context: AppContext, consoleTime: ConsoleTime): Router {
  const api = apiRouter('/api');
  const listOf = (req: Request<{ id: string }>): Result<AdmissionList> => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role === 'trainee') return fail('FORBIDDEN', 'The admission list is for the course’s staff.');
    const group = context.documents.data.classes.find((candidate) => candidate.id === req.params.id);
    if (!group || !readsClass(user, group)) return fail('NOT_FOUND', 'No such class among yours.');
    const now = context.clock.now();
    const sources = {
      records: courseRecordsOf(context.course),
      sessions: context.sessions.all(),
      openConsole: consoleTime.openStretches(now),
      now,
    };
    return ok(admissionList(context.documents.data, group, sources));
  };
  api.get('/course/classes/:id/admission', (req) => listOf(req));
  // A file for Excel rather than a Result envelope.
  api.router.get('/course/classes/:id/admission-csv', (req: Request<{ id: string }>, res: Response) => {
    const answer = listOf(req);
    if (!answer.ok) return respond(res, answer);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="ammissione-${answer.data.classId}.csv"`);
    res.send(admissionCsv(answer.data));
  });
  return api.router;
}
