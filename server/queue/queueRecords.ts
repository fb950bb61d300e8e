import { z } from 'zod';
import { launchModes } from '../../protocol/vocabulary.js';

/**
 * The class queue's history, one record per step of a queued call: put in the queue (due from
 * `dueAt`, for staggered calls), rung to a trainee, answered, or abandoned by a caller who waited
 * longer than its patience. The waiting calls and the queue's figures are rebuilt from it at start.
 */
export const queueRecordSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('queued'),
    id: z.string(),
    classId: z.string(),
    scenarioId: z.string(),
    mode: z.enum(launchModes),
    dueAt: z.number(),
    by: z.string(),
    at: z.number(),
  }),
  z.object({ type: z.literal('dispatched'), id: z.string(), sessionId: z.string(), traineeId: z.string(), at: z.number() }),
  z.object({ type: z.literal('answered'), id: z.string(), at: z.number() }),
  z.object({ type: z.literal('abandoned'), id: z.string(), at: z.number() }),
]);
export type QueueRecord = z.infer<typeof queueRecordSchema>;
export type QueuedCall = Extract<QueueRecord, { type: 'queued' }>;
