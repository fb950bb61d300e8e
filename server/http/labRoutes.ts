import type { Request, Router } from 'express';
import { fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser, Role } from '../../protocol/roles.js';
import type { ClassView } from '../../protocol/http.js';
import { isObserver } from '../access.js';
import { canViewSession, canViewTrainee, readsClass } from '../classScope.js';
import { debriefOf, openedSession, viewableSession, type ViewableSession } from '../sessionViews.js';
import type { AppContext } from '../appContext.js';
import { apiRouter } from './apiRouter.js';
import { practiceCatalogue, progressOf } from '../runtime/practice.js';
import { awaitsRelease, withResultFor } from '../debriefRelease.js';
import { progressWithReviews, withReviews } from '../review/withReviews.js';

export function labRoutes(context: AppContext): Router {
  const api = apiRouter('/api');
  /** The work's answer for a signed-in user (of one of `roles`, when given), or why there is none. */
  const signedIn = <T>(
    req: Pick<Request, 'headers'>,
    roles: Role[] | 'anyone',
    work: (user: PublicUser) => Result<T> | Promise<Result<T>>,
  ) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (roles !== 'anyone' && !roles.includes(user.role)) return fail('FORBIDDEN', 'Your role cannot see this.');
    return work(user);
  };
  const sessionAsked = <T>(req: Request<{ id: string }>, work: (user: PublicUser, found: ViewableSession) => Promise<Result<T>>) =>
    signedIn<T>(req, 'anyone', (user) => {
      const found = viewableSession(context, user, req.params.id);
      return found.ok ? work(user, found.data) : found;
    });

  api.get('/directory', (req) => signedIn(req, 'anyone', () => ok(context.desk.directory)));

  api.get('/scenarios', (req) => signedIn(req, 'anyone', () => ok(context.catalog.list())));

  api.get('/classes', (req) =>
    signedIn(req, ['instructor', 'assessor', 'admin'], (user) => {
      const { classes, users } = context.documents.data;
      const views: ClassView[] = classes
        .filter((group) => readsClass(user, group) && !group.archived)
        .map((group) => ({
          id: group.id,
          name: group.name,
          trainees: users
            .filter((u) => u.role === 'trainee' && u.classId === group.id)
            .map((u) => ({ id: u.id, displayName: u.displayName })),
          openScenarios: group.openScenarios ?? [],
        }));
      return ok(views);
    }),
  );

  api.get('/practice', (req) =>
    signedIn(req, ['trainee'], (user) => ok(practiceCatalogue(context.documents.data, context.catalog, user.id, context.sessions.all()))),
  );

  api.get('/progress', (req) =>
    signedIn(req, 'anyone', (user) => {
      const asked = typeof req.query.traineeId === 'string' ? req.query.traineeId : user.id;
      if (asked !== user.id && !canViewTrainee(user, asked, context.documents.data)) {
        return fail(
          'FORBIDDEN',
          isObserver(user) ? 'This trainee is not in a class you may read.' : 'A trainee sees only their own progress.',
        );
      }
      const entries = progressOf(context.sessions.all(), context.catalog, asked, (record) => awaitsRelease(context.reviews, record));
      return progressWithReviews(
        context,
        user,
        entries.map((entry) => withResultFor(user, entry)),
      ).then(ok);
    }),
  );

  api.get('/sessions', (req) =>
    signedIn(req, 'anyone', (user) => {
      const records = context.sessions.all().filter((record) => canViewSession(user, record, context.documents.data));
      const summaries = records
        .map((record) => withResultFor(user, context.registry.summary(record)))
        .sort((a, b) => b.launchedAt - a.launchedAt);
      return withReviews(context, user, summaries).then(ok);
    }),
  );

  api.get('/sessions/:id', (req) => sessionAsked(req, async (user, found) => ok(await openedSession(context, user, found))));

  api.get('/sessions/:id/score', (req) => sessionAsked(req, (user, found) => debriefOf(context, user, found)));
  return api.router;
}
