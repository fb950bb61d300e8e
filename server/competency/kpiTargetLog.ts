import path from 'node:path';
import { z } from 'zod';
import { kpiTargetsSchema } from '../../protocol/kpiTargets.js';
import { memoryRecordLog, openRecordLog, type RecordLog } from '../store/recordLog.js';

/** One setting of a class's KPI targets: never changed afterwards, the latest per class counts. */
export const kpiTargetRecordSchema = z.strictObject({
  classId: z.string(),
  by: z.string(),
  at: z.number(),
  targets: kpiTargetsSchema,
});
export type KpiTargetRecord = z.infer<typeof kpiTargetRecordSchema>;

/** kpi-targets.jsonl in the data folder; in memory for a lab that keeps nothing on disk. */
export const openKpiTargetLog = (dataDir: string | null): Promise<RecordLog<KpiTargetRecord>> =>
  dataDir ? openRecordLog(path.join(dataDir, 'kpi-targets.jsonl'), kpiTargetRecordSchema) : Promise.resolve(memoryRecordLog());

export const latestTargets = (log: RecordLog<KpiTargetRecord>, classId: string): KpiTargetRecord | undefined =>
  log.records().findLast((record) => record.classId === classId);
