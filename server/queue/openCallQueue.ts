import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fail, ok } from '../../protocol/result.js';
import type { AppContext } from '../appContext.js';
import { memoryRecordLog, openRecordLog } from '../store/recordLog.js';
import { archivedRefusal } from '../course/archivedClass.js';
import { agentStatusOf } from '../gateway/roster.js';
import { CallQueue } from './callQueue.js';
import { queueRecordSchema, type QueueRecord } from './queueRecords.js';

type QueueContext = Pick<AppContext, 'clock' | 'catalog' | 'registry' | 'presence' | 'users' | 'documents'>;

/** The class queues of the lab, their records in queue.jsonl in the data folder (in memory without one). */
export async function openCallQueue(context: QueueContext, dataDir: string | null): Promise<CallQueue> {
  const log = dataDir ? await openRecordLog(path.join(dataDir, 'queue.jsonl'), queueRecordSchema) : memoryRecordLog<QueueRecord>();
  return new CallQueue({
    log,
    clock: context.clock,
    scenario: (scenarioId) => context.catalog.get(scenarioId),
    // An archived class takes no more calls: callers still waiting when it was archived ring nobody, and give up.
    availableIn: (classId) =>
      context.users
        .all()
        .filter(
          (user) =>
            user.role === 'trainee' &&
            user.classId === classId &&
            !archivedRefusal(context.documents.data, { classId }) &&
            agentStatusOf(context, user.id) === 'available',
        )
        .map((user) => user.id),
    readySince: (traineeId) => context.presence.readySince(traineeId),
    ring: async (call, traineeId) => {
      const launched = await context.registry.launch(call.scenarioId, [traineeId], call.by, call.mode);
      const sessionId = launched.ok ? launched.data.sessionIds[0] : undefined;
      if (!launched.ok) return launched;
      return sessionId ? ok(sessionId) : fail('INVALID_STATE', 'The trainee is no longer free.');
    },
    newId: () => `q-${randomBytes(6).toString('base64url')}`,
  });
}
