import type { CourseRecord } from './courseRecordTypes.js';

export type { AttendanceRecord, ConsoleTimeRecord, CourseRecord } from './courseRecordTypes.js';
import type { DocumentStore } from '../store/documentStore.js';
import type { LabDocuments } from '../store/documents.js';

export const courseRecordsOf = (documents: LabDocuments): readonly CourseRecord[] => documents.courseRecords ?? [];

/** Adds records at the end; nothing ever rewrites or removes one. */
export function appendCourseRecords(documents: DocumentStore, records: readonly CourseRecord[]): Promise<void> {
  return documents.update((data) => {
    data.courseRecords ??= [];
    data.courseRecords.push(...records);
  });
}

/** The ids of the attendance records a later record corrects: they stay in the file, they no longer count. */
export function supersededIds(records: readonly CourseRecord[]): Set<string> {
  return new Set(records.flatMap((record) => (record.type === 'attendance' && record.corrects ? [record.corrects] : [])));
}
