import { z } from 'zod';
import { attendanceEntrySchema } from '../../protocol/courseAttendance.js';
import type { CourseRecord } from './courseRecordTypes.js';

/**
 * What a line of course-records.jsonl must hold to be read back. Loose objects: a field a later
 * release adds is kept, never dropped; a line that is not a course record is named and skipped.
 */
const stamped = { by: z.string(), at: z.number() };
const step = { checkId: z.string(), traineeId: z.string(), at: z.number() };

export const courseRecordSchema: z.ZodType<CourseRecord> = z.discriminatedUnion('type', [
  attendanceEntrySchema.extend({ type: z.literal('attendance'), id: z.string(), ...stamped }).loose(),
  // Console stretches kept in lab.json before this file existed carry no who and when.
  z.looseObject({
    type: z.literal('console'),
    traineeId: z.string(),
    from: z.number(),
    to: z.number(),
    by: z.string().optional(),
    at: z.number().optional(),
  }),
  z.looseObject({
    type: z.literal('check'),
    id: z.string(),
    classId: z.string(),
    unit: z.enum(['UF1', 'UF2']),
    scenarioIds: z.array(z.string()),
    opensAt: z.number(),
    closesAt: z.number(),
    questionIds: z.array(z.string()),
    ...stamped,
  }),
  z.looseObject({ type: z.literal('check.started'), ...step }),
  z.looseObject({ type: z.literal('check.call'), ...step, scenarioId: z.string(), sessionId: z.string() }),
  z.looseObject({ type: z.literal('check.quiz'), ...step, answers: z.record(z.string(), z.number()) }),
  z.looseObject({
    type: z.literal('check.signoff'),
    id: z.string(),
    checkId: z.string(),
    traineeId: z.string(),
    passed: z.boolean(),
    date: z.string(),
    note: z.string(),
    evidence: z.array(z.string()),
    corrects: z.string().optional(),
    ...stamped,
  }),
  z.looseObject({ type: z.literal('class'), classId: z.string(), change: z.record(z.string(), z.unknown()), ...stamped }),
]);
