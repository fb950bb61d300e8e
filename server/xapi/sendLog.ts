import path from 'node:path';
import { z } from 'zod';
import type { XapiSendEntry } from '../../protocol/xapi.js';
import { memoryRecordLog, openRecordLog, type RecordLog } from '../store/recordLog.js';

const entrySchema = z.object({
  sessionId: z.string(),
  at: z.number(),
  outcome: z.enum(['sent', 'failed']),
  status: z.number().int().nullable(),
  message: z.string(),
  attempt: z.number().int().min(1),
  statementIds: z.array(z.string()),
  voided: z.array(z.string()).optional(),
  voidingIds: z.array(z.string()).optional(),
  retryAt: z.number().nullable(),
}) satisfies z.ZodType<XapiSendEntry>;

/** Every attempt to send statements to the LRS, append-only (xapi-sends.jsonl in the data folder). */
export type XapiSendLog = RecordLog<XapiSendEntry>;

export const openXapiSendLog = (dataDir: string | null): Promise<XapiSendLog> =>
  dataDir === null ? Promise.resolve(memoryRecordLog<XapiSendEntry>()) : openRecordLog(path.join(dataDir, 'xapi-sends.jsonl'), entrySchema);
