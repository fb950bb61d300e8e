import { z } from 'zod';
import { isoDaySchema } from './courseAccounts.js';
import { unitCodes, type UnitCode } from './standard.js';

/** A UF check ("verifica di UF"): exam-mode calls and a knowledge quiz for one unit, open to a class in a time window. */
export const checkScheduleSchema = z
  .object({
    classId: z.string().min(1).max(80),
    unit: z.enum(unitCodes),
    scenarioIds: z.array(z.string().min(1).max(80)).min(1).max(6),
    opensAt: z.number().int().nonnegative(),
    closesAt: z.number().int().nonnegative(),
    /** Questions drawn from the bank for each of the unit's knowledge codes. */
    questionsPerCode: z.number().int().min(1).max(3),
  })
  .refine((check) => check.closesAt > check.opensAt, { message: 'the window closes after it opens', path: ['closesAt'] });
export type CheckSchedule = z.infer<typeof checkScheduleSchema>;

export const checkCallSchema = z.object({ scenarioId: z.string().min(1).max(80) });
export type CheckCall = z.infer<typeof checkCallSchema>;
/** The trainee's choice per question: the option's index. */
export const quizAnswersSchema = z.object({ answers: z.record(z.string().max(40), z.number().int().min(0).max(9)) });
export type QuizAnswers = z.infer<typeof quizAnswersSchema>;

/** An assessor's signature on a trainee's check; once signed, a change is a new signed record naming the one it corrects. */
export const checkSignOffSchema = z.object({
  traineeId: z.string().min(1).max(80),
  passed: z.boolean(),
  date: isoDaySchema,
  note: z.string().trim().max(1000),
  evidence: z.array(z.string().min(1).max(200)).max(20),
  corrects: z.string().min(1).max(80).optional(),
});
export type CheckSignOff = z.infer<typeof checkSignOffSchema>;

/** A question as the trainee sees it: never its answer. */
export interface QuizQuestion {
  id: string;
  code: string;
  text: string;
  options: string[];
}

export interface CheckCallView {
  scenarioId: string;
  sessionId: string | null;
  /** The score (percent) once the call ended, the reviewed one where an assessor gave it; null while it runs or before. Observers only. */
  percent: number | null;
  /** Which score `percent` is, when there is one. */
  source?: 'automatic' | 'reviewed';
  ended: boolean;
}

/** A trainee's part of a check: what they see (no results) and what observers see (with results). */
export interface CheckSitting {
  traineeId: string;
  displayName: string;
  startedAt: number | null;
  finishedAt: number | null;
  calls: CheckCallView[];
  /** Per knowledge code, right answers out of asked; observers only (empty to the trainee). */
  knowledge: Record<string, { right: number; asked: number }>;
  /** Percent per ability of the unit, averaged over the check's ended calls; observers only. */
  abilities: Record<string, number>;
  signOffs: SignedCheck[];
}

export interface SignedCheck extends CheckSignOff {
  id: string;
  by: string;
  byName: string;
  at: number;
  superseded: boolean;
}

export interface CheckView {
  id: string;
  classId: string;
  className: string;
  unit: UnitCode;
  scenarioIds: string[];
  opensAt: number;
  closesAt: number;
  scheduledBy: string;
  questionCount: number;
}

/** What a trainee gets of a check of their class: the questions without answers, and their own sitting. */
export interface TraineeCheck extends CheckView {
  questions: QuizQuestion[];
  sitting: CheckSitting;
}

/** The printable report of a check: every trainee of the class, who sat, results per ability and knowledge code, signatures. */
export interface CheckReport extends CheckView {
  sittings: CheckSitting[];
}
