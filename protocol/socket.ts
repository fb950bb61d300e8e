import { z } from 'zod';
import { traineeActionSchema } from './actions.js';
import type { Ack } from './result.js';
import type { SessionEvent } from './events.js';
import type { Debrief, DebriefRelease, RosterEntry, ScenarioSummary, SessionSummary } from './views.js';
import type { AgentStatus } from './roles.js';
import type { WallSnapshot, WallUpdate } from './wall.js';
import type { QueueSnapshot } from './queue.js';
import type { sessionMirrorSchema } from './audit.js';
import type { TakeOverClientEvents } from './takeOver.js';
import { launchModes, practiceModes, type LaunchSkipReason } from './vocabulary.js';

const sessionId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'is not a session id');

export const sessionJoinSchema = z.object({ sessionId, sinceSeq: z.number().int().min(0).default(0) });
export const sessionActSchema = z.object({
  sessionId,
  actionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a client-made id of 8 to 64 characters'),
  action: traineeActionSchema,
});
export const sessionLaunchSchema = z
  .object({
    scenarioId: z.string().min(1).max(80),
    traineeIds: z.array(z.string().min(1).max(64)).max(200).optional(),
    classId: z.string().min(1).max(64).optional(),
    mode: z.enum(launchModes).default('standard'),
  })
  .refine((v) => (v.traineeIds?.length ?? 0) > 0 || v.classId !== undefined, 'name trainees or a class');
export const agentStatusSchema = z.object({ status: z.enum(['available', 'paused']) });
export const scenarioRubricSchema = z.object({ scenarioId: z.string().min(1).max(80) });
export const sessionScoreSchema = z.object({ sessionId });
/** Leaving names the session whose room to leave; its own schema, so leaving can change without touching the score. */
export const sessionLeaveSchema = z.object({ sessionId });
/** Watch requests carry nothing; an object is still asked for, so a stray value is refused the same way everywhere. */
export const watchSchema = z.object({});
export const classOpenSchema = z.object({ classId: z.string().min(1).max(64), scenarioIds: z.array(z.string().min(1).max(80)).max(100) });
/** Cancels a launched contact nobody has answered yet: it ends, not answered. */
export const sessionCancelSchema = z.object({ sessionId });
/** An assessor or admin releases a finished exam contact's debrief to its trainee. */
export const sessionReleaseSchema = z.object({ sessionId });
/** Instructor: a note to the trainee of a live call, shown in the console and never heard by the caller. */
export const sessionWhisperSchema = z.object({
  sessionId,
  text: z.string().trim().min(1, 'is empty').max(500, 'is longer than 500 characters'),
});
/** Instructor: pauses, resumes or ends a live call from the monitor. */
export const sessionInterveneSchema = z.object({ sessionId, step: z.enum(['pause', 'resume', 'end']) });
/** Instructor: puts callers in a class's queue, a mix of scenarios, optionally arriving one every `staggerSeconds`. */
export const queueAddSchema = z.object({
  classId: z.string().min(1).max(64),
  scenarioIds: z.array(z.string().min(1).max(80)).min(1).max(21),
  copies: z.number().int().min(1).max(30),
  staggerSeconds: z.number().int().min(0).max(3_600).default(0),
  mode: z.enum(launchModes).default('standard'),
});
/** Instructor: injects one of the scenario's twists into a live call. */
export const sessionTwistSchema = z.object({ sessionId, twist: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a twist id') });
export const sessionPracticeSchema = z.object({ scenarioId: z.string().min(1).max(80), mode: z.enum(practiceModes).default('guided') });

export type SessionJoin = z.input<typeof sessionJoinSchema>;
export type SessionAct = z.infer<typeof sessionActSchema>;
export type SessionLaunch = z.infer<typeof sessionLaunchSchema>;

/** A trainee a launch passed over, and why (the console words the reason; no code reaches the screen). */
export interface SkippedTrainee {
  traineeId: string;
  displayName: string;
  reason: LaunchSkipReason;
}

/** A launch's answer: the contacts that ring now, and who was not called. */
export interface LaunchOutcome {
  sessionIds: string[];
  skipped: SkippedTrainee[];
}

export interface JoinedSession {
  session: SessionSummary;
  scenario: ScenarioSummary;
  events: SessionEvent[];
}

/** A trainee's action, applied: its seq, and what it caused as this trainee may see it (no other message brings them to this socket). */
export interface ActOutcome {
  seq: number;
  events: SessionEvent[];
}

/** A twist the instructor may inject, as the monitor lists it. */
export interface TwistView {
  id: string;
  label: { it: string; en: string };
}

export interface RubricItemView {
  id: string;
  label: { it: string; en: string };
  abilities: string[];
  knowledge: string[];
  weight: number;
  critical: boolean;
}

/**
 * Events the browser sends. Each payload is typed with its schema's input type, so a client is checked
 * by the compiler; the server still parses every payload with that schema, since the wire is untrusted.
 */
export interface ClientToServerEvents extends TakeOverClientEvents {
  'session:mirror': (payload: z.input<typeof sessionMirrorSchema>, ack: Ack<null>) => void;
  'session:join': (payload: z.input<typeof sessionJoinSchema>, ack: Ack<JoinedSession>) => void;
  'session:leave': (payload: z.input<typeof sessionLeaveSchema>, ack: Ack<null>) => void;
  'session:act': (payload: z.input<typeof sessionActSchema>, ack: Ack<ActOutcome>) => void;
  /** Instructor: rings the available trainees named or of the class; the others are listed as skipped. */
  'session:launch': (payload: z.input<typeof sessionLaunchSchema>, ack: Ack<LaunchOutcome>) => void;
  /** Instructor: cancels a launched contact that is still ringing; it ends as not answered. */
  'session:cancel': (payload: z.input<typeof sessionCancelSchema>, ack: Ack<{ outcome: string }>) => void;
  /** The score; a trainee's exam contact answers that it is withheld until released. */
  'session:score': (payload: z.input<typeof sessionScoreSchema>, ack: Ack<Debrief>) => void;
  'agent:status': (payload: z.input<typeof agentStatusSchema>, ack: Ack<{ status: AgentStatus }>) => void;
  'roster:watch': (payload: z.input<typeof watchSchema>, ack: Ack<RosterEntry[]>) => void;
  /** Instructor, assessor, admin: a screen listing sessions wants \`session:updated\` pushes from now on. */
  'sessions:watch': (payload: z.input<typeof watchSchema>, ack: Ack<null>) => void;
  'scenario:rubric': (payload: z.input<typeof scenarioRubricSchema>, ack: Ack<RubricItemView[]>) => void;
  /** Instructor: which scenarios the class may practise on its own. */
  'class:open': (payload: z.input<typeof classOpenSchema>, ack: Ack<{ openScenarios: string[] }>) => void;
  /** Trainee: starts a practice call from the class catalogue (rings at once). */
  'session:practice': (payload: z.input<typeof sessionPracticeSchema>, ack: Ack<{ sessionIds: string[] }>) => void;
  /** Assessor, admin: a finished exam contact's debrief is shown to its trainee from now on (once; never undone). */
  'session:release': (payload: z.input<typeof sessionReleaseSchema>, ack: Ack<DebriefRelease>) => void;
  /** Instructor of the trainee's class, admin: whispers to the trainee of a live call (the caller never hears it). */
  'session:whisper': (payload: z.input<typeof sessionWhisperSchema>, ack: Ack<{ seq: number }>) => void;
  /** Instructor of the trainee's class, admin: pauses (the caller's timers stop), resumes or ends a live call. */
  'session:intervene': (payload: z.input<typeof sessionInterveneSchema>, ack: Ack<{ seq: number }>) => void;
  /** Instructor, admin: the wall of live calls of their classes; `wall:update` pushes follow. */
  'wall:watch': (payload: z.input<typeof watchSchema>, ack: Ack<WallSnapshot>) => void;
  /** Instructor of the class, admin: callers join the class's queue; the distributor rings available trainees. */
  'queue:add': (payload: z.input<typeof queueAddSchema>, ack: Ack<{ queued: number }>) => void;
  /** Instructor, admin: the queues of their classes; `queue:update` pushes follow. */
  'queue:watch': (payload: z.input<typeof watchSchema>, ack: Ack<QueueSnapshot>) => void;
  /** Instructor of the trainee's class, admin: the twists the call's scenario offers, then injects one. */
  'session:twists': (payload: z.input<typeof sessionScoreSchema>, ack: Ack<TwistView[]>) => void;
  'session:twist': (payload: z.input<typeof sessionTwistSchema>, ack: Ack<{ seq: number }>) => void;
}

export interface ServerToClientEvents {
  /** The events one action or timer caused, in seq order: one message, however many events. */
  'session:events': (message: { sessionId: string; events: SessionEvent[] }) => void;
  /** Sessions launched or ended since the last push, sent together every few tens of milliseconds. */
  'session:updated': (sessions: SessionSummary[]) => void;
  'call:incoming': (message: { session: SessionSummary; scenario: ScenarioSummary }) => void;
  /** At the end of a call (withheld for an exam), and again when an exam's debrief is released. */
  'session:debrief': (message: { sessionId: string; score: Debrief }) => void;
  /** To the trainee: an assessor released the review of one of their sessions (their progress reads it anew). */
  'review:released': (message: { sessionId: string }) => void;
  'roster:update': (roster: RosterEntry[]) => void;
  'agent:status': (message: { status: AgentStatus }) => void;
  /** The practice catalogue changed: the scenarios now open to this trainee's class. */
  'catalogue:update': (scenarios: ScenarioSummary[]) => void;
  /** The wall's cards that changed and the calls that left it, every half second at most. */
  'wall:update': (update: WallUpdate) => void;
  /** A class's queue changed: callers joined, rang, were answered or abandoned. */
  'queue:update': (snapshot: QueueSnapshot) => void;
}
