import type { RosterEntry } from '../../protocol/views.js';
import type { AgentStatus } from '../../protocol/roles.js';
import type { AppContext } from '../appContext.js';

export function agentStatusOf(context: AppContext, traineeId: string): AgentStatus {
  const session = context.registry.liveSessionOf(traineeId);
  return context.presence.statusOf(traineeId, session ? session.core.view.phase : null);
}

/** The class roster as an instructor sees it: every trainee with their live status. */
export function rosterOf(context: AppContext): RosterEntry[] {
  return context.documents.data.users
    .filter((user) => user.role === 'trainee')
    .map((user) => ({
      traineeId: user.id,
      displayName: user.displayName,
      classId: user.classId,
      connected: context.presence.isConnected(user.id),
      status: agentStatusOf(context, user.id),
      sessionId: context.registry.liveSessionOf(user.id)?.id ?? null,
    }));
}
