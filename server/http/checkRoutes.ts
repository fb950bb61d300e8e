import { randomBytes } from 'node:crypto';
import type { Request, Router } from 'express';
import { checkCallSchema, checkScheduleSchema, checkSignOffSchema, quizAnswersSchema } from '../../protocol/courseChecks.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { readsClass, runsClass } from '../classScope.js';
import { archivedRefusal } from '../course/archivedClass.js';
import type { CheckCalls } from '../course/checkCalls.js';
import { checkCallScores } from '../course/checkEvidence.js';
import { checkReport, checksOf, checkView, currentSignOff, drawQuestions, traineeCheck } from '../course/checks.js';
import { appendCourseRecords, courseRecordsOf } from '../course/courseRecords.js';
import type { CheckRecord, CourseRecord } from '../course/courseRecordTypes.js';
import { apiRouter } from './apiRouter.js';

/** The UF checks: scheduling (who runs the class), sitting (its trainees), reports and sign-off (its assessors). */
export function checkRoutes(context: AppContext, checkCalls: CheckCalls): Router {
  const api = apiRouter('/api');
  const documents = () => context.documents.data;
  const records = () => courseRecordsOf(context.course);
  const save = async <T>(added: CourseRecord[], answer: () => Result<T>): Promise<Result<T>> => {
    try {
      await appendCourseRecords(context.course, added);
    } catch (error) {
      return fail('STORAGE_FAILED', `Nothing was saved: ${(error as Error).message}`);
    }
    return answer();
  };
  const signedIn = <T>(req: Pick<Request, 'headers'>, work: (user: PublicUser) => Result<T> | Promise<Result<T>>) => {
    const user = context.userOf(req.headers.cookie);
    return user ? work(user) : fail('UNAUTHENTICATED', 'Log in first.');
  };
  const classOf = (id: string) => documents().classes.find((group) => group.id === id);
  /** A check the user may read (observers of its class); to anyone else it does not exist. */
  const readableCheck = (user: PublicUser, id: string) => {
    const check = checksOf(records()).find((candidate) => candidate.id === id);
    return check && user.role !== 'trainee' && readsClass(user, classOf(check.classId)) ? check : undefined;
  };
  /** The check a trainee sits: of their class, its window open now. */
  const sittableCheck = (user: PublicUser, id: string): Result<CheckRecord> => {
    if (user.role !== 'trainee') return fail('FORBIDDEN', 'Only trainees sit a check.');
    const check = checksOf(records()).find((candidate) => candidate.id === id && candidate.classId === user.classId);
    if (!check) return fail('NOT_FOUND', 'No such check for your class.');
    const now = context.clock.now();
    if (now < check.opensAt || now >= check.closesAt) return fail('INVALID_STATE', 'The check is not open now.', { reason: 'checkClosed' });
    return ok(check);
  };
  const steps = (check: CheckRecord, traineeId: string) =>
    records().filter((record) => 'checkId' in record && record.checkId === check.id && record.traineeId === traineeId);
  const mine = (check: CheckRecord, traineeId: string) => traineeCheck(documents(), records(), context.sessions.all(), check, traineeId);

  api.post('/course/checks', (req) =>
    signedIn(req, async (user) => {
      if (user.role !== 'admin' && user.role !== 'instructor')
        return fail('FORBIDDEN', 'Only instructors and administrators schedule checks.');
      const parsed = checkScheduleSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const schedule = parsed.data;
      const group = classOf(schedule.classId);
      if (!group || !runsClass(user, group)) return fail('NOT_FOUND', 'No such class among yours.');
      const archived = archivedRefusal(documents(), { classId: group.id });
      if (archived) return archived;
      const unknown = schedule.scenarioIds.find((id) => !context.catalog.get(id));
      if (unknown) return fail('NOT_FOUND', `No scenario ${unknown} is offered.`, { reason: 'unknownScenario' });
      const id = `chk-${randomBytes(6).toString('hex')}`;
      const check: CheckRecord = {
        type: 'check',
        id,
        classId: group.id,
        unit: schedule.unit,
        scenarioIds: [...new Set(schedule.scenarioIds)],
        opensAt: schedule.opensAt,
        closesAt: schedule.closesAt,
        questionIds: drawQuestions(schedule.unit, schedule.questionsPerCode, id),
        by: user.id,
        at: context.clock.now(),
      };
      return save([check], () => ok(checkView(documents(), check)));
    }),
  );

  api.get('/course/classes/:id/checks', (req) =>
    signedIn(req, (user) => {
      const group = classOf(req.params.id);
      if (user.role === 'trainee' || !group || !readsClass(user, group)) return fail('NOT_FOUND', 'No such class among yours.');
      return ok(
        checksOf(records())
          .filter((check) => check.classId === group.id)
          .map((check) => checkView(documents(), check)),
      );
    }),
  );

  api.get('/course/checks/:id/report', (req) =>
    signedIn(req, async (user) => {
      const check = readableCheck(user, req.params.id);
      if (!check) return fail('NOT_FOUND', 'No such check among yours.');
      // The calls count with the assessor's reviewed score where there is one.
      const sessionIds = records().flatMap((record) =>
        record.type === 'check.call' && record.checkId === check.id ? [record.sessionId] : [],
      );
      return ok(checkReport(documents(), records(), context.sessions.all(), check, await checkCallScores(context, sessionIds)));
    }),
  );

  api.get('/course/my-checks', (req) =>
    signedIn(req, (user) => {
      if (user.role !== 'trainee') return fail('FORBIDDEN', 'Only trainees sit checks.');
      const now = context.clock.now();
      const ofClass = checksOf(records()).filter((check) => check.classId === user.classId);
      const shown = ofClass.filter((check) => (now >= check.opensAt && now < check.closesAt) || steps(check, user.id).length > 0);
      return ok(shown.map((check) => mine(check, user.id)));
    }),
  );

  api.post('/course/checks/:id/start', (req) =>
    signedIn(req, async (user) => {
      const found = sittableCheck(user, req.params.id);
      if (!found.ok) return found;
      if (steps(found.data, user.id).length > 0)
        return fail('INVALID_STATE', 'You started this check already.', { reason: 'checkStarted' });
      // Starting rings the check's first call: an archived class's check is not started (its calls are refused too).
      const archived = archivedRefusal(documents(), { classId: found.data.classId });
      if (archived) return archived;
      const started = await save([{ type: 'check.started', checkId: found.data.id, traineeId: user.id, at: context.clock.now() }], () =>
        ok(null),
      );
      if (!started.ok) return started;
      // The check's first call rings now; each next one when the one before ends (course/checkCalls.ts).
      const rung = await checkCalls.ringNext(found.data, user.id);
      if (!rung.ok) req.log.warn({ checkId: found.data.id, error: rung.error }, 'the check’s first call did not ring');
      return ok(mine(found.data, user.id));
    }),
  );

  // The check's calls ring by themselves, in order; this asks again for the next one (after a restart, or a
  // trainee who was on another call), and refuses any other.
  api.post('/course/checks/:id/call', (req) =>
    signedIn(req, async (user) => {
      const found = sittableCheck(user, req.params.id);
      if (!found.ok) return found;
      const parsed = checkCallSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      return checkCalls.ringNext(found.data, user.id, parsed.data.scenarioId);
    }),
  );

  api.post('/course/checks/:id/quiz', (req) =>
    signedIn(req, (user) => {
      const found = sittableCheck(user, req.params.id);
      if (!found.ok) return found;
      const parsed = quizAnswersSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const taken = steps(found.data, user.id);
      if (!taken.some((step) => step.type === 'check.started') || taken.some((step) => step.type === 'check.quiz'))
        return fail('INVALID_STATE', 'The check is not in progress.', { reason: 'checkNotInProgress' });
      const asked = new Set(found.data.questionIds);
      const answers = Object.fromEntries(Object.entries(parsed.data.answers).filter(([id]) => asked.has(id)));
      return save([{ type: 'check.quiz', checkId: found.data.id, traineeId: user.id, answers, at: context.clock.now() }], () =>
        ok(mine(found.data, user.id)),
      );
    }),
  );

  api.post('/course/checks/:id/signoff', (req) =>
    signedIn(req, (user) => {
      if (user.role !== 'assessor' && user.role !== 'admin') return fail('FORBIDDEN', 'Only assessors sign checks off.');
      const check = readableCheck(user, req.params.id);
      if (!check) return fail('NOT_FOUND', 'No such check among yours.');
      const parsed = checkSignOffSchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const signOff = parsed.data;
      const trainee = context.users.byId(signOff.traineeId);
      if (!trainee || trainee.classId !== check.classId)
        return fail('NOT_FOUND', 'No such trainee in the class.', { reason: 'notInClass' });
      const current = currentSignOff(records(), check.id, trainee.id);
      // Signed is locked: only a new signed record that names the signature it corrects changes the outcome.
      if (current && signOff.corrects !== current.id)
        return fail('INVALID_STATE', 'The check is signed off and locked; a correction names the signature it replaces.', {
          reason: 'checkLocked',
        });
      if (!current && signOff.corrects !== undefined)
        return fail('BAD_REQUEST', 'There is no signature to correct.', { reason: 'badCorrection' });
      const record: CourseRecord = {
        type: 'check.signoff',
        id: `sig-${randomBytes(6).toString('hex')}`,
        checkId: check.id,
        ...signOff,
        by: user.id,
        at: context.clock.now(),
      };
      const { type: _type, checkId: _checkId, ...shown } = record;
      return save([record], () => ok({ ...shown, byName: user.displayName, superseded: false }));
    }),
  );
  return api.router;
}
