import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { labLog } from '../logger.js';
import type { DocumentStore } from '../store/documentStore.js';
import { memoryRecordLog, openRecordLog, type RecordLog } from '../store/recordLog.js';
import { courseRecordSchema } from './courseRecordSchema.js';
import type { CourseRecord } from './courseRecordTypes.js';

export type CourseLog = RecordLog<CourseRecord>;

/**
 * The course's records (attendance, console time, checks, sign-offs, class changes) in their own
 * append-only file, course-records.jsonl: a record on disk is never rewritten, as lab.json is whole
 * at every change. A lab.json that still holds `courseRecords` (a release before this file) has them
 * moved here at start: appended first, removed from lab.json after, so a crash between the two
 * leaves them in both, and the next start appends only those the file does not hold yet.
 */
export async function openCourseLog(documents: DocumentStore, dataDir: string | null): Promise<CourseLog> {
  const log = dataDir
    ? await openRecordLog(path.join(dataDir, 'course-records.jsonl'), courseRecordSchema)
    : memoryRecordLog<CourseRecord>();
  const earlier = documents.data.courseRecords;
  if (earlier === undefined) return log;
  const unmatched = [...log.records()];
  for (const record of earlier) {
    const moved = unmatched.findIndex((candidate) => isDeepStrictEqual(candidate, record));
    if (moved >= 0) unmatched.splice(moved, 1);
    else await log.append(record);
  }
  await documents.update((data) => void delete data.courseRecords);
  labLog().info({ records: earlier.length }, 'course records moved from lab.json to their own file');
  return log;
}
