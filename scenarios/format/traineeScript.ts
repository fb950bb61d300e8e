import { z } from 'zod';
import { traineeActionSchema } from '../../protocol/actions.js';
import { outcomes } from '../../protocol/vocabulary.js';

/**
 * A scripted trainee: timed inputs (ms from the launch) and the result they must give. The tests,
 * `npm run scenario -- play` and the path-coverage check all run them.
 */
export const traineeScriptSchema = z.object({
  scenario: z.string().min(1),
  description: z.string().min(1),
  // No inputs: a trainee who never answers, and the contact rings out.
  inputs: z.array(z.object({ at: z.number().int().min(0), action: traineeActionSchema })),
  expect: z.object({
    passed: z.boolean(),
    outcome: z.enum(outcomes),
    /** Rubric items that must be missed (and no others, unless `othersMayMiss`). */
    missed: z.array(z.string()).default([]),
    othersMayMiss: z.boolean().default(false),
    criticalFailures: z.array(z.string()).default([]),
    percentAtLeast: z.number().min(0).max(100).optional(),
    percentAtMost: z.number().min(0).max(100).optional(),
    /**
     * Why each rubric item is met or missed, one line per item id, as the assessor who graded the
     * script by hand would say it. `play` and the tests show it beside a mismatch on that item.
     */
    reasons: z.record(z.string(), z.string().min(1)).default({}),
    /** Caller line ids it must say (a script line, `fact.<id>`, `reaction.<name>`), and ones it must not. */
    callerLines: z.array(z.string().min(1)).default([]),
    callerNever: z.array(z.string().min(1)).default([]),
    /** Words (case-insensitive) some caller line must contain, and words no caller line may contain. */
    callerSays: z.array(z.string().min(1)).default([]),
    callerNeverSays: z.array(z.string().min(1)).default([]),
  }),
  /**
   * A known disagreement: the hand grade stands, but the rules cannot reach it (a paraphrase only a
   * recogniser of meaning would hear). Says why; the tests require the lab to still disagree, so the
   * mark comes off the day it agrees.
   */
  awaitsRecogniser: z.string().min(1).optional(),
});

export type TraineeScript = z.infer<typeof traineeScriptSchema>;
