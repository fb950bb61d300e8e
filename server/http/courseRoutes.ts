import type { Request, Router } from 'express';
import {
  type ImportOutcome,
  classChangeSchema,
  classDetailsSchema,
  traineeEnrolmentSchema,
  traineeImportSchema,
} from '../../protocol/courseAccounts.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { runsClass } from '../classScope.js';
import { appendCourseRecords } from '../course/courseRecords.js';
import { labLog } from '../logger.js';
import { courseClassView, courseDirectory } from '../course/courseViews.js';
import { accountsFor, checkEnrolments, oneTimePassword } from '../course/enrolment.js';
import { readTraineeCsv } from '../course/traineeCsv.js';
import { hashPassword } from '../auth/password.js';
import type { StoredClass } from '../store/documents.js';
import { apiRouter } from './apiRouter.js';

const saveFailed = (error: unknown) => fail('STORAGE_FAILED', `Nothing was saved: ${(error as Error).message}`);

/** Classes and trainees' accounts: the admin runs every class, an instructor only the classes that name them. */
export function courseRoutes(context: AppContext): Router {
  const api = apiRouter('/api');
  const documents = () => context.documents.data;
  const asStaff = <T>(req: Pick<Request, 'headers'>, adminOnly: boolean, work: (user: PublicUser) => Result<T> | Promise<Result<T>>) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    const allowed = user.role === 'admin' || (!adminOnly && user.role === 'instructor');
    if (!allowed)
      return fail('FORBIDDEN', adminOnly ? 'Only an administrator may do this.' : 'Only instructors and administrators run classes.');
    return work(user);
  };
  /** Staff ids must name active users of the right role: a typo would otherwise lock a class's instructors out. */
  const staffProblem = (ids: readonly string[] | undefined, role: 'instructor' | 'assessor') =>
    (ids ?? []).find((id) => {
      const member = context.users.byId(id);
      return !member || member.role !== role || member.deactivated;
    });

  api.get('/course/classes', (req) => asStaff(req, false, (user) => ok(courseDirectory(documents(), user))));

  /** The class's history, in the course's append-only records; its current state is what lab.json holds. */
  const noteClassChange = (classId: string, change: Record<string, unknown>, user: PublicUser) =>
    appendCourseRecords(context.course, [{ type: 'class', classId, change, by: user.id, at: context.clock.now() }]).catch((error: Error) =>
      labLog().error({ err: error, classId }, 'a class change was made but its history record not saved'),
    );

  api.post('/course/classes', (req) =>
    asStaff(req, true, async (user) => {
      const parsed = classDetailsSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const details = parsed.data;
      const wrong = staffProblem(details.instructorIds, 'instructor') ?? staffProblem(details.assessorIds, 'assessor');
      if (wrong) return fail('BAD_REQUEST', `No active staff member ${wrong} of that role.`, { reason: 'unknownStaff' });
      const taken = new Set(documents().classes.map((group) => group.id));
      const base = `classe-${details.courseCode || details.name}`
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 40);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      const group: StoredClass = { id, ...details, assessorIds: details.assessorIds.length > 0 ? details.assessorIds : undefined };
      if (!group.assessorIds) delete group.assessorIds;
      try {
        await context.documents.update((data) => void data.classes.push(group));
      } catch (error) {
        return saveFailed(error);
      }
      await noteClassChange(group.id, { ...group }, user);
      return ok(courseClassView(documents(), group));
    }),
  );

  api.post('/course/classes/:id', (req) =>
    asStaff(req, false, async (user) => {
      const group = documents().classes.find((candidate) => candidate.id === req.params.id);
      if (!group || !runsClass(user, group)) return fail('NOT_FOUND', 'No such class among yours.');
      const parsed = classChangeSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const change = parsed.data;
      const restaffs = change.instructorIds !== undefined || change.assessorIds !== undefined;
      if (restaffs && user.role !== 'admin') return fail('FORBIDDEN', 'Only an administrator changes who runs a class.');
      const wrong = staffProblem(change.instructorIds, 'instructor') ?? staffProblem(change.assessorIds, 'assessor');
      if (wrong) return fail('BAD_REQUEST', `No active staff member ${wrong} of that role.`, { reason: 'unknownStaff' });
      try {
        await context.documents.update((data) => {
          const stored = data.classes.find((candidate) => candidate.id === group.id);
          if (!stored) return;
          Object.assign(stored, change);
          // No assessor named means every assessor reads the class, as for a class made before scoping.
          if (change.assessorIds?.length === 0) delete stored.assessorIds;
        });
      } catch (error) {
        return saveFailed(error);
      }
      await noteClassChange(group.id, { ...change }, user);
      return ok(courseClassView(documents(), documents().classes.find((candidate) => candidate.id === group.id) ?? group));
    }),
  );

  api.post('/course/trainees', (req) =>
    asStaff(req, false, async (user) => {
      const parsed = traineeEnrolmentSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const [row] = checkEnrolments(documents(), user, [{ line: 1, trainee: parsed.data }]);
      if (!row) return fail('INTERNAL', 'The enrolment was not checked.');
      const problem = row.errors[0];
      if (problem)
        return fail(
          problem.problem === 'notYourClass' ? 'FORBIDDEN' : 'BAD_REQUEST',
          `The trainee cannot be enrolled: ${problem.problem}.`,
          {
            reason: problem.problem,
          },
        );
      const { users, passwords } = await accountsFor(documents(), [row]);
      try {
        await context.users.add(users);
      } catch (error) {
        return saveFailed(error);
      }
      return passwords[0] ? ok(passwords[0]) : fail('INTERNAL', 'No account was made.');
    }),
  );

  api.post('/course/trainees/import', (req) =>
    asStaff<ImportOutcome>(req, false, async (user) => {
      const parsed = traineeImportSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const reading = readTraineeCsv(parsed.data.csv);
      if (!reading.ok) return fail('BAD_REQUEST', `The CSV cannot be read: ${reading.problem}`, { reason: 'csvUnreadable' });
      if (reading.rows.length === 0) return fail('BAD_REQUEST', 'The CSV has no trainees.', { reason: 'csvEmpty' });
      if (reading.rows.length > 500) return fail('BAD_REQUEST', 'At most 500 trainees per file.', { reason: 'csvTooLong' });
      const rows = checkEnrolments(documents(), user, reading.rows);
      // All or nothing: one bad row and no account is made, so a file is never half imported.
      if (!parsed.data.commit || rows.some((row) => row.errors.length > 0)) return ok({ rows, saved: false, passwords: [] });
      const { users, passwords } = await accountsFor(documents(), rows);
      try {
        await context.users.add(users);
      } catch (error) {
        return saveFailed(error);
      }
      return ok({ rows, saved: true, passwords });
    }),
  );

  api.post('/course/users/:id/password-reset', (req) =>
    asStaff(req, true, async (admin) => {
      const target = context.users.byId(req.params.id);
      if (!target) return fail('NOT_FOUND', 'No such user.');
      if (target.id === admin.id) return fail('INVALID_STATE', 'Change your own password from the header.', { reason: 'ownAccount' });
      const password = oneTimePassword();
      try {
        await context.users.resetPassword(target.id, await hashPassword(password));
      } catch (error) {
        return saveFailed(error);
      }
      return ok({ userId: target.id, username: target.username, displayName: target.displayName, password });
    }),
  );

  api.post('/course/users/:id/deactivate', (req) =>
    asStaff(req, true, async (admin) => {
      const target = context.users.byId(req.params.id);
      if (!target) return fail('NOT_FOUND', 'No such user.');
      if (target.id === admin.id) return fail('INVALID_STATE', 'An administrator cannot deactivate themselves.', { reason: 'ownAccount' });
      try {
        await context.users.deactivate(target.id);
      } catch (error) {
        return saveFailed(error);
      }
      return ok(null);
    }),
  );
  return api.router;
}
