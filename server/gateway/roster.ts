import type { RosterEntry } from '../../protocol/views.js';
import type { AgentStatus, PublicUser } from '../../protocol/roles.js';
import type { SkippedTrainee } from '../../protocol/socket.js';
import type { AppContext } from '../appContext.js';
import { runsTrainee } from '../classScope.js';

export function agentStatusOf(context: Pick<AppContext, 'registry' | 'presence'>, traineeId: string): AgentStatus {
  const session = context.registry.liveSessionOf(traineeId);
  return context.presence.statusOf(traineeId, session ? session.core.view.phase : null);
}

/** The roster as an instructor sees it: every trainee of the classes they run, with their live status. */
export function rosterOf(context: AppContext, viewer: PublicUser): RosterEntry[] {
  return context.users
    .all()
    .filter((user) => user.role === 'trainee' && runsTrainee(viewer, user.id, context.documents.data))
    .map((user) => {
      const sessionId = context.registry.liveSessionOf(user.id)?.id ?? null;
      const exam = sessionId !== null && context.sessions.get(sessionId)?.exam === true;
      return {
        traineeId: user.id,
        displayName: user.displayName,
        classId: user.classId,
        connected: context.presence.isConnected(user.id),
        status: agentStatusOf(context, user.id),
        sessionId,
        ...(exam ? { sessionExam: true as const } : {}),
      };
    });
}

/** Splits the trainees a launch names into those ready for a call and those passed over, with why. */
export function availableForLaunch(context: AppContext, traineeIds: readonly string[]): { available: string[]; skipped: SkippedTrainee[] } {
  const available: string[] = [];
  const skipped: SkippedTrainee[] = [];
  for (const traineeId of traineeIds) {
    const status = agentStatusOf(context, traineeId);
    if (status === 'available') {
      available.push(traineeId);
      continue;
    }
    const displayName = context.users.byId(traineeId)?.displayName ?? traineeId;
    skipped.push({ traineeId, displayName, reason: status === 'offline' ? 'notConnected' : status === 'paused' ? 'paused' : 'onCall' });
  }
  return { available, skipped };
}
