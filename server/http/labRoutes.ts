import { Router, type Request, type Response } from 'express';
import { fail, ok } from '../../protocol/result.js';
import type { PublicUser, Role } from '../../protocol/roles.js';
import type { ClassView } from '../../protocol/http.js';
import { canViewSession, isObserver } from '../access.js';
import { debriefOf, openedSession, viewableSession } from '../sessionViews.js';
import type { AppContext } from '../appContext.js';
import { respond } from './respond.js';
import { practiceCatalogue, progressOf } from '../runtime/practice.js';

export function labRoutes(context: AppContext): Router {
  const router = Router();
  const signedIn = (req: Request, res: Response, roles?: Role[]): PublicUser | null => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return respond(res, fail('UNAUTHENTICATED', 'Log in first.')), null;
    if (roles && !roles.includes(user.role)) return respond(res, fail('FORBIDDEN', 'Your role cannot see this.')), null;
    return user;
  };
  const sessionAsked = (req: Request<{ id: string }>, res: Response) => {
    const user = signedIn(req, res);
    if (!user) return null;
    const found = viewableSession(context, user, req.params.id, 'NOT_FOUND');
    if (!found.ok) return respond(res, found), null;
    return { user, found: found.data };
  };

  router.get('/directory', (req, res) => {
    if (signedIn(req, res)) respond(res, ok(context.desk.directory));
  });

  router.get('/scenarios', (req, res) => {
    if (signedIn(req, res)) respond(res, ok(context.catalog.list()));
  });

  router.get('/classes', (req, res) => {
    if (!signedIn(req, res, ['instructor', 'assessor', 'admin'])) return;
    const { classes, users } = context.documents.data;
    const views: ClassView[] = classes.map((group) => ({
      id: group.id,
      name: group.name,
      trainees: users.filter((u) => u.role === 'trainee' && u.classId === group.id).map((u) => ({ id: u.id, displayName: u.displayName })),
      openScenarios: group.openScenarios ?? [],
    }));
    respond(res, ok(views));
  });

  router.get('/practice', (req, res) => {
    const user = signedIn(req, res, ['trainee']);
    if (user) respond(res, ok(practiceCatalogue(context.documents.data, context.catalog, user.id)));
  });

  router.get('/progress', (req, res) => {
    const user = signedIn(req, res);
    if (!user) return;
    const asked = typeof req.query.traineeId === 'string' ? req.query.traineeId : user.id;
    if (asked !== user.id && !isObserver(user)) return respond(res, fail('FORBIDDEN', 'A trainee sees only their own progress.'));
    respond(res, ok(progressOf(context.sessions.all(), context.catalog, asked)));
  });

  router.get('/sessions', (req, res) => {
    const user = signedIn(req, res);
    if (!user) return;
    const records = context.sessions.all().filter((record) => canViewSession(user, record));
    respond(res, ok(records.map((record) => context.registry.summary(record)).sort((a, b) => b.launchedAt - a.launchedAt)));
  });

  router.get('/sessions/:id', async (req, res) => {
    const asked = sessionAsked(req, res);
    if (asked) respond(res, ok(await openedSession(context, asked.user, asked.found)));
  });

  router.get('/sessions/:id/score', async (req, res) => {
    const asked = sessionAsked(req, res);
    if (asked) respond(res, await debriefOf(context, asked.user, asked.found));
  });
  return router;
}
