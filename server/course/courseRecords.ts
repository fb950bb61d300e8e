import type { CourseLog } from './courseLog.js';
import type { CourseRecord } from './courseRecordTypes.js';

export type { AttendanceRecord, ConsoleTimeRecord, CourseRecord } from './courseRecordTypes.js';

export const courseRecordsOf = (log: CourseLog): readonly CourseRecord[] => log.records();

/** Adds records at the end, one after the other, each on disk before the next; nothing ever rewrites or removes one. */
export async function appendCourseRecords(log: CourseLog, records: readonly CourseRecord[]): Promise<void> {
  for (const record of records) await log.append(record);
}

/** The ids of the attendance records a later record corrects: they stay in the file, they no longer count. */
export function supersededIds(records: readonly CourseRecord[]): Set<string> {
  return new Set(records.flatMap((record) => (record.type === 'attendance' && record.corrects ? [record.corrects] : [])));
}
