import { z } from 'zod';

/**
 * "Who watched": every way a person other than the trainee was inside a call. Monitoring and
 * mirroring are kept in the lab's audit file; whispers, pauses, resumes, ends, take-overs of the caller
 * and hand-backs are events of the
 * session's own log, read from there.
 */
export const watchActs = ['monitored', 'mirrored', 'whispered', 'paused', 'resumed', 'ended', 'tookOver', 'handedBack'] as const;
export type WatchAct = (typeof watchActs)[number];

export interface AuditEntry {
  at: number;
  act: WatchAct;
  /** Null when the log does not say who (a call ended by an instructor before the lab recorded who). */
  userId: string | null;
  userName: string | null;
}

/** The monitor's Mirror toggle turned on: the instructor now sees the trainee's own screen. */
export const sessionMirrorSchema = z.object({ sessionId: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'is not a session id') });
export type SessionMirror = z.infer<typeof sessionMirrorSchema>;
