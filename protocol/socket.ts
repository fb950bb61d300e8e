import { z } from 'zod';
import { traineeActionSchema } from './actions.js';
import type { Ack } from './result.js';
import type { SessionEvent } from './events.js';
import type { RosterEntry, ScenarioSummary, ScoreReport, SessionSummary } from './views.js';
import type { AgentStatus } from './roles.js';
import { launchModes, practiceModes } from './vocabulary.js';

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
export const classOpenSchema = z.object({ classId: z.string().min(1).max(64), scenarioIds: z.array(z.string().min(1).max(80)).max(100) });
export const sessionPracticeSchema = z.object({ scenarioId: z.string().min(1).max(80), mode: z.enum(practiceModes).default('guided') });

export type SessionJoin = z.input<typeof sessionJoinSchema>;
export type SessionAct = z.infer<typeof sessionActSchema>;
export type SessionLaunch = z.infer<typeof sessionLaunchSchema>;

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

export interface RubricItemView {
  id: string;
  label: { it: string; en: string };
  abilities: string[];
  knowledge: string[];
  weight: number;
  critical: boolean;
}

/** Events the browser sends; payloads are `unknown` on purpose: the server validates them. */
export interface ClientToServerEvents {
  'session:join': (payload: unknown, ack: Ack<JoinedSession>) => void;
  'session:leave': (payload: unknown, ack: Ack<null>) => void;
  'session:act': (payload: unknown, ack: Ack<ActOutcome>) => void;
  'session:launch': (payload: unknown, ack: Ack<{ sessionIds: string[] }>) => void;
  'session:score': (payload: unknown, ack: Ack<ScoreReport>) => void;
  'agent:status': (payload: unknown, ack: Ack<{ status: AgentStatus }>) => void;
  'roster:watch': (payload: unknown, ack: Ack<RosterEntry[]>) => void;
  /** Instructor, assessor, admin: a screen listing sessions wants \`session:updated\` pushes from now on. */
  'sessions:watch': (payload: unknown, ack: Ack<null>) => void;
  'scenario:rubric': (payload: unknown, ack: Ack<RubricItemView[]>) => void;
  /** Instructor: which scenarios the class may practise on its own. */
  'class:open': (payload: unknown, ack: Ack<{ openScenarios: string[] }>) => void;
  /** Trainee: starts a practice call from the class catalogue (rings at once). */
  'session:practice': (payload: unknown, ack: Ack<{ sessionIds: string[] }>) => void;
}

export interface ServerToClientEvents {
  /** The events one action or timer caused, in seq order: one message, however many events. */
  'session:events': (message: { sessionId: string; events: SessionEvent[] }) => void;
  /** Sessions launched or ended since the last push, sent together every few tens of milliseconds. */
  'session:updated': (sessions: SessionSummary[]) => void;
  'call:incoming': (message: { session: SessionSummary; scenario: ScenarioSummary }) => void;
  'session:debrief': (message: { sessionId: string; score: ScoreReport }) => void;
  'roster:update': (roster: RosterEntry[]) => void;
  'agent:status': (message: { status: AgentStatus }) => void;
  /** The practice catalogue changed: the scenarios now open to this trainee's class. */
  'catalogue:update': (scenarios: ScenarioSummary[]) => void;
}
