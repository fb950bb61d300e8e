import { fail, ok } from '../../protocol/result.js';
import { observerRoles } from '../../protocol/roles.js';
import { agentStatusSchema, classOpenSchema, scenarioRubricSchema, sessionLaunchSchema, sessionPracticeSchema } from '../../protocol/socket.js';
import { practiceCatalogue } from '../runtime/practice.js';
import { z } from 'zod';
import type { AppContext } from '../appContext.js';
import { handle } from './handle.js';
import { rosterOf } from './roster.js';
import { rooms, type LabSocket } from './types.js';

/** The floor: launching calls, the roster, agent status and the rubric (never for trainees). */
export function registerFloorHandlers(socket: LabSocket, context: AppContext, rosterChanged: () => void): void {
  const user = socket.data.user;

  socket.on(
    'session:launch',
    handle(user, sessionLaunchSchema, ['instructor', 'admin'], async ({ scenarioId, traineeIds, classId, mode }) => {
      const trainees = context.documents.data.users.filter((candidate) => candidate.role === 'trainee');
      if (classId !== undefined && !context.documents.data.classes.some((group) => group.id === classId)) {
        return fail('NOT_FOUND', `No class ${classId}.`);
      }
      const unknown = (traineeIds ?? []).filter((id) => !trainees.some((trainee) => trainee.id === id));
      if (unknown.length) return fail('NOT_FOUND', `No trainee with id ${unknown.join(', ')}.`);
      const chosen = new Set([...(traineeIds ?? []), ...trainees.filter((t) => classId !== undefined && t.classId === classId).map((t) => t.id)]);
      if (chosen.size === 0) return fail('INVALID_STATE', 'The class has no trainees.', { reason: 'classEmpty' });
      const result = await context.registry.launch(scenarioId, [...chosen], user.id, mode);
      rosterChanged();
      return result;
    }),
  );

  socket.on(
    'class:open',
    handle(user, classOpenSchema, ['instructor', 'admin'], async ({ classId, scenarioIds }) => {
      const group = context.documents.data.classes.find((candidate) => candidate.id === classId);
      if (!group) return fail('NOT_FOUND', `No class ${classId}.`);
      const unknown = scenarioIds.filter((id) => !context.catalog.get(id));
      if (unknown.length) return fail('NOT_FOUND', `No scenario ${unknown.join(', ')} is offered.`);
      const openScenarios = [...new Set(scenarioIds)];
      try {
        await context.documents.update(() => void (group.openScenarios = openScenarios));
      } catch (error) {
        return fail('STORAGE_FAILED', `The catalogue was not saved: ${(error as Error).message}`);
      }
      for (const trainee of context.documents.data.users.filter((u) => u.role === 'trainee' && u.classId === classId)) {
        socket.nsp.to(rooms.trainee(trainee.id)).emit('catalogue:update', practiceCatalogue(context.documents.data, context.catalog, trainee.id));
      }
      return ok({ openScenarios });
    }),
  );

  socket.on(
    'session:practice',
    handle(user, sessionPracticeSchema, ['trainee'], async ({ scenarioId, mode }) => {
      if (!practiceCatalogue(context.documents.data, context.catalog, user.id).some((scenario) => scenario.id === scenarioId)) {
        return fail('FORBIDDEN', 'This scenario is not open to your class for practice.', { reason: 'notOpenForPractice' });
      }
      const result = await context.registry.launch(scenarioId, [user.id], user.id, mode);
      rosterChanged();
      return result;
    }),
  );

  socket.on(
    'roster:watch',
    handle(user, z.object({}), ['instructor', 'admin'], async () => {
      await socket.join(rooms.instructors);
      return ok(rosterOf(context));
    }),
  );

  // Only the screens that list sessions get every launch and end of the floor; a monitor of one call does not.
  socket.on(
    'sessions:watch',
    handle(user, z.object({}), observerRoles, async () => {
      await socket.join(rooms.sessionWatchers);
      return ok(null);
    }),
  );

  socket.on(
    'agent:status',
    handle(user, agentStatusSchema, ['trainee'], ({ status }) => {
      context.presence.choose(user.id, status);
      rosterChanged();
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
