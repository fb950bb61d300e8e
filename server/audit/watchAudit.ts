import { z } from 'zod';
import type { AuditEntry } from '../../protocol/audit.js';
import type { SessionEvent } from '../../protocol/events.js';
import type { PublicUser } from '../../protocol/roles.js';
import { fail, ok, type Result } from '../../protocol/result.js';
import { labLog } from '../logger.js';
import { memoryRecordLog, openRecordLog, type RecordLog } from '../store/recordLog.js';

/** One line of audit.jsonl: who looked into which call, how, and when. */
export const watchRecordSchema = z.object({
  at: z.number(),
  sessionId: z.string(),
  act: z.enum(['monitored', 'mirrored']),
  userId: z.string(),
  userName: z.string(),
});
export type WatchRecord = z.infer<typeof watchRecordSchema>;
export type WatchAudit = RecordLog<WatchRecord>;

/** audit.jsonl in the data folder; in memory for a lab that keeps nothing on disk. */
export function openWatchAudit(file: string | null): Promise<WatchAudit> {
  return file ? openRecordLog(file, watchRecordSchema) : Promise.resolve(memoryRecordLog<WatchRecord>());
}

/** A reconnecting monitor joins again at once: one record per person, call and act per minute is enough to say who watched. */
const repeatWindowMs = 60_000;

export async function recordWatch(
  audit: WatchAudit,
  user: PublicUser,
  sessionId: string,
  act: WatchRecord['act'],
  at: number,
): Promise<Result<null>> {
  const repeated = audit
    .records()
    .some((record) => record.sessionId === sessionId && record.userId === user.id && record.act === act && at - record.at < repeatWindowMs);
  if (repeated) return ok(null);
  try {
    await audit.append({ at, sessionId, act, userId: user.id, userName: user.displayName });
    return ok(null);
  } catch (error) {
    // Logged and answered, never thrown: a full disk must not stop an instructor from watching a call.
    labLog().error({ err: error, sessionId, act }, 'the audit of who watched could not be written');
    return fail('STORAGE_FAILED', 'The audit of who watched could not be saved.');
  }
}

/** The interventions the session's log holds, as audit entries. */
function interventionsIn(events: readonly SessionEvent[]): AuditEntry[] {
  return events.flatMap((event): AuditEntry[] => {
    switch (event.type) {
      case 'coach.whispered':
        return [{ at: event.at, act: 'whispered', userId: event.data.instructorId, userName: event.data.instructorName }];
      case 'coach.paused':
        return [{ at: event.at, act: 'paused', userId: event.data.instructorId, userName: event.data.instructorName }];
      case 'coach.unpaused':
        return [{ at: event.at, act: 'resumed', userId: event.data.instructorId, userName: event.data.instructorName }];
      case 'coach.tookOver':
        return [{ at: event.at, act: 'tookOver', userId: event.data.instructorId, userName: event.data.instructorName }];
      case 'coach.handedBack':
        return [{ at: event.at, act: 'handedBack', userId: event.data.instructorId, userName: event.data.instructorName }];
      case 'session.ended':
        return event.by === 'instructor'
          ? [{ at: event.at, act: 'ended', userId: event.data.instructorId ?? null, userName: event.data.instructorName ?? null }]
          : [];
      default:
        return [];
    }
  });
}

/** Everything about who was inside a call, oldest first. */
export function auditOf(audit: WatchAudit, sessionId: string, events: readonly SessionEvent[]): AuditEntry[] {
  const watched = audit
    .records()
    .filter((record) => record.sessionId === sessionId)
    .map(({ at, act, userId, userName }): AuditEntry => ({ at, act, userId, userName }));
  return [...watched, ...interventionsIn(events)].sort((a, b) => a.at - b.at);
}
