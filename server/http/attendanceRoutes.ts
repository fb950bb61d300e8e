import { randomBytes } from 'node:crypto';
import type { Request, Router } from 'express';
import { attendanceEntrySchema, registerMonthSchema } from '../../protocol/courseAttendance.js';
import { describeZodError, fail, ok, type Result } from '../../protocol/result.js';
import type { PublicUser } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';
import { runsClass } from '../classScope.js';
import type { AttendanceSources } from '../course/attendance.js';
import type { ConsoleTime } from '../course/consoleTime.js';
import { type AttendanceRecord, appendCourseRecords, courseRecordsOf } from '../course/courseRecords.js';
import { classRegister, registerCsv } from '../course/register.js';
import type { StoredClass } from '../store/documents.js';
import { apiRouter } from './apiRouter.js';
import { respond } from './respond.js';

/** Attendance: the register of a class (JSON and CSV) and the instructors' records of hours, absences and credits. */
export function attendanceRoutes(context: AppContext, consoleTime: ConsoleTime): Router {
  const api = apiRouter('/api');
  const sources = (): AttendanceSources => ({
    records: courseRecordsOf(context.course),
    sessions: context.sessions.all(),
    openConsole: consoleTime.openStretches(context.clock.now()),
    now: context.clock.now(),
  });
  /** Whoever runs the class: its instructors and the admins; to anyone else the class does not exist. */
  const ownClass = <T>(
    req: Request<{ id: string; month?: string }>,
    work: (user: PublicUser, group: StoredClass) => Result<T> | Promise<Result<T>>,
  ) => {
    const user = context.userOf(req.headers.cookie);
    if (!user) return fail('UNAUTHENTICATED', 'Log in first.');
    if (user.role !== 'admin' && user.role !== 'instructor')
      return fail('FORBIDDEN', 'Only instructors and administrators keep the register.');
    const group = context.documents.data.classes.find((candidate) => candidate.id === req.params.id);
    if (!group || !runsClass(user, group)) return fail('NOT_FOUND', 'No such class among yours.');
    return work(user, group);
  };
  const monthAsked = (req: Request<{ month: string }>) => registerMonthSchema.safeParse(req.params.month);

  api.get('/course/classes/:id/register/:month', (req) =>
    ownClass(req, (_user, group) => {
      const month = monthAsked(req);
      if (!month.success) return fail('BAD_REQUEST', describeZodError(month.error));
      return ok(classRegister(context.documents.data, group, month.data, sources()));
    }),
  );

  // The same register as a file for Excel: not a Result envelope, so it is answered here rather than through `api.get`.
  api.router.get('/course/classes/:id/register-csv/:month', async (req: Request<{ id: string; month: string }>, res) => {
    const answer = await ownClass(req, (_user, group) => {
      const month = monthAsked(req);
      if (!month.success) return fail('BAD_REQUEST', describeZodError(month.error));
      return ok(classRegister(context.documents.data, group, month.data, sources()));
    });
    if (!answer.ok) return respond(res, answer);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="registro-${answer.data.classId}-${answer.data.month}.csv"`);
    res.send(registerCsv(answer.data));
  });

  api.post('/course/classes/:id/attendance', (req) =>
    ownClass(req, async (user, group) => {
      const parsed = attendanceEntrySchema.safeParse(req.body);
      if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
      const entry = parsed.data;
      const trainee = context.users.byId(entry.traineeId);
      if (trainee?.role !== 'trainee' || trainee.classId !== group.id)
        return fail('NOT_FOUND', 'No such trainee in this class.', { reason: 'notInClass' });
      if (entry.kind !== 'credit' && entry.hours > 24)
        return fail('BAD_REQUEST', 'A day has at most 24 hours.', { reason: 'tooManyHours' });
      const records = courseRecordsOf(context.course);
      if (entry.corrects !== undefined) {
        const corrected = records.find((record) => record.type === 'attendance' && record.id === entry.corrects);
        if (corrected?.type !== 'attendance' || corrected.traineeId !== entry.traineeId || corrected.kind !== entry.kind)
          return fail('BAD_REQUEST', 'A correction replaces a record of the same trainee and kind.', { reason: 'badCorrection' });
        if (records.some((record) => record.type === 'attendance' && record.corrects === entry.corrects))
          return fail('INVALID_STATE', 'That record was corrected already: correct the correction.', { reason: 'alreadyCorrected' });
      }
      const record: AttendanceRecord = {
        type: 'attendance',
        id: `att-${randomBytes(6).toString('hex')}`,
        ...entry,
        by: user.id,
        at: context.clock.now(),
      };
      try {
        await appendCourseRecords(context.course, [record]);
      } catch (error) {
        return fail('STORAGE_FAILED', `The record was not saved: ${(error as Error).message}`);
      }
      const { type: _type, ...shown } = record;
      return ok({ ...shown, traineeName: trainee.displayName, byName: user.displayName, superseded: false });
    }),
  );
  return api.router;
}
