import { fail, ok } from '../../protocol/result.js';
import { observerRoles } from '../../protocol/roles.js';
import {
  agentStatusSchema,
  classOpenSchema,
  scenarioRubricSchema,
  sessionCancelSchema,
  sessionLaunchSchema,
  sessionPracticeSchema,
  watchSchema,
} from '../../protocol/socket.js';
import { notAnswered } from '../../protocol/vocabulary.js';
import { canViewSession, runsClass, runsTrainee } from '../classScope.js';
import { archivedRefusal } from '../course/archivedClass.js';
import { examScenariosOf, practiceCatalogue } from '../runtime/practice.js';
import type { AppContext } from '../appContext.js';
import { handle } from './handle.js';
import { availableForLaunch, rosterOf } from './roster.js';
import { rooms, type LabSocket } from './types.js';

/** The floor: launching calls, the roster, agent status and the rubric (never for trainees). */
export function registerFloorHandlers(socket: LabSocket, context: AppContext, rosterChanged: () => void): void {
  const user = socket.data.user;
  /** Tells every trainee of the class what they may practise now (their open practice screen follows). */
  const pushCatalogue = (classId: string | null) => {
    for (const trainee of context.users.all().filter((u) => u.role === 'trainee' && u.classId === classId)) {
      socket.nsp
        .to(rooms.trainee(trainee.id))
        .emit('catalogue:update', practiceCatalogue(context.documents.data, context.catalog, trainee.id, context.sessions.all()));
    }
  };

  socket.on(
    'session:launch',
    handle(user, sessionLaunchSchema, ['instructor', 'admin'], async ({ scenarioId, traineeIds, classId, mode }) => {
      if (!context.catalog.get(scenarioId)) return fail('NOT_FOUND', `No scenario ${scenarioId} is offered.`);
      const directory = context.documents.data;
      const trainees = directory.users.filter((candidate) => candidate.role === 'trainee');
      if (classId !== undefined) {
        const group = directory.classes.find((candidate) => candidate.id === classId);
        if (!group) return fail('NOT_FOUND', `No class ${classId}.`);
        if (!runsClass(user, group)) return fail('FORBIDDEN', `Class ${classId} is not one of yours.`);
      }
      const unknown = (traineeIds ?? []).filter((id) => !trainees.some((trainee) => trainee.id === id));
      if (unknown.length) return fail('NOT_FOUND', `No trainee with id ${unknown.join(', ')}.`);
      const others = (traineeIds ?? []).filter((id) => !runsTrainee(user, id, directory));
      if (others.length) return fail('FORBIDDEN', `Not in a class of yours: ${others.join(', ')}.`);
      const archived = archivedRefusal(directory, { classId, traineeIds });
      if (archived) return archived;
      const chosen = new Set([
        ...(traineeIds ?? []),
        ...trainees.filter((t) => classId !== undefined && t.classId === classId).map((t) => t.id),
      ]);
      if (chosen.size === 0) return fail('INVALID_STATE', 'The class has no trainees.', { reason: 'classEmpty' });
      // Only a trainee who is there and ready takes a call; the others are named, with why, and nothing rings for them.
      const { available, skipped } = availableForLaunch(context, [...chosen]);
      if (available.length === 0) return ok({ sessionIds: [], skipped });
      const result = await context.registry.launch(scenarioId, available, user.id, mode);
      rosterChanged();
      // An exam takes its scenario out of the class's practice catalogue: say so to the class now.
      if (result.ok && mode === 'exam') {
        const examined = new Set(available.map((id) => context.users.byId(id)?.classId ?? null));
        for (const examinedClass of examined) pushCatalogue(examinedClass);
      }
      return result.ok ? ok({ sessionIds: result.data.sessionIds, skipped }) : result;
    }),
  );

  socket.on(
    'session:cancel',
    handle(user, sessionCancelSchema, ['instructor', 'admin'], async ({ sessionId }) => {
      const record = context.registry.record(sessionId);
      if (!record || !canViewSession(user, record, context.documents.data)) return fail('NOT_FOUND', 'No such session.');
      if (!runsTrainee(user, record.traineeId, context.documents.data))
        return fail('FORBIDDEN', 'Only the instructor of the class can cancel this call.');
      const session = context.registry.live(sessionId);
      if (!session) return fail('INVALID_STATE', 'This call is over.');
      const ended = await session.endUnanswered('instructor');
      return ended.ok ? ok({ outcome: notAnswered }) : ended;
    }),
  );

  socket.on(
    'class:open',
    handle(user, classOpenSchema, ['instructor', 'admin'], async ({ classId, scenarioIds }) => {
      const group = context.documents.data.classes.find((candidate) => candidate.id === classId);
      if (!group) return fail('NOT_FOUND', `No class ${classId}.`);
      if (!runsClass(user, group)) return fail('FORBIDDEN', `Class ${classId} is not one of yours.`);
      const archived = archivedRefusal(context.documents.data, { classId }, 'classArchivedReadOnly');
      if (archived) return archived;
      const unknown = scenarioIds.filter((id) => !context.catalog.get(id));
      if (unknown.length) return fail('NOT_FOUND', `No scenario ${unknown.join(', ')} is offered.`);
      const exams = examScenariosOf(context.documents.data, context.sessions.all(), classId);
      const examined = [...new Set(scenarioIds.filter((id) => exams.has(id)))];
      // The ids travel as a parameter, for the console to name the scenarios by title in its language.
      if (examined.length) {
        return fail('INVALID_STATE', `Used in an exam of this class, so not open for practice: ${examined.join(', ')}.`, {
          reason: 'examScenarios',
          scenarioIds: examined.join(','),
        });
      }
      const openScenarios = [...new Set(scenarioIds)];
      try {
        await context.documents.update(() => void (group.openScenarios = openScenarios));
      } catch (error) {
        return fail('STORAGE_FAILED', `The catalogue was not saved: ${(error as Error).message}`);
      }
      pushCatalogue(classId);
      return ok({ openScenarios });
    }),
  );

  socket.on(
    'session:practice',
    handle(user, sessionPracticeSchema, ['trainee'], async ({ scenarioId, mode }) => {
      // Said before "not open": in an archived class nothing is open, and the trainee is told why.
      const archived = archivedRefusal(context.documents.data, { traineeIds: [user.id] }, 'classArchivedPractice');
      if (archived) return archived;
      if (
        !practiceCatalogue(context.documents.data, context.catalog, user.id, context.sessions.all()).some(
          (scenario) => scenario.id === scenarioId,
        )
      ) {
        return fail('FORBIDDEN', 'This scenario is not open to your class for practice.', { reason: 'notOpenForPractice' });
      }
      const result = await context.registry.launch(scenarioId, [user.id], user.id, mode);
      rosterChanged();
      return result;
    }),
  );

  socket.on(
    'roster:watch',
    handle(user, watchSchema, ['instructor', 'admin'], async () => {
      await socket.join(rooms.instructors);
      return ok(rosterOf(context, user));
    }),
  );

  // Only the screens that list sessions get every launch and end of the floor; a monitor of one call does not.
  socket.on(
    'sessions:watch',
    handle(user, watchSchema, observerRoles, async () => {
      await socket.join(rooms.sessionWatchers);
      return ok(null);
    }),
  );

  socket.on(
    'agent:status',
    handle(user, agentStatusSchema, ['trainee'], ({ status }) => {
      context.presence.choose(user.id, status, context.clock.now());
      rosterChanged();
      // A trainee back at the phone takes the next caller waiting in the class's queue at once.
      if (status === 'available') void context.queue.distribute();
      return ok({ status: context.presence.statusOf(user.id, context.registry.liveSessionOf(user.id)?.core.view.phase ?? null) });
    }),
  );

  socket.on(
    'scenario:rubric',
    handle(user, scenarioRubricSchema, ['instructor', 'assessor', 'admin'], ({ scenarioId }) => {
      const scenario = context.catalog.get(scenarioId);
      if (!scenario) return fail('NOT_FOUND', `No scenario ${scenarioId}.`);
      return ok(scenario.rubric.map(({ rule: _rule, ...item }) => item));
    }),
  );
}
