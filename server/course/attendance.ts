import type { AttendanceStanding, AttendanceTotals, RegisterDay } from '../../protocol/courseAttendance.js';
import type { SessionRecord } from '../store/documents.js';
import { type AttendanceRecord, type CourseRecord, supersededIds } from './courseRecords.js';

/** The calendar day in Italy, where the course runs, whatever the server's time zone. */
const romeDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });
export const romeDay = (at: number): string => romeDays.format(new Date(at));

const hoursIn = (ms: number) => ms / 3_600_000;
const round = (hours: number) => Math.round(hours * 100) / 100;
export const emptyDay = (): RegisterDay => ({ lab: 0, calls: 0, lesson: 0, internship: 0, absent: 0 });

export interface AttendanceSources {
  records: readonly CourseRecord[];
  sessions: readonly SessionRecord[];
  /** Console stretches still open, counted up to now. */
  openConsole: readonly { traineeId: string; from: number; to: number }[];
  now: number;
}

/** The attendance records that count: the latest of each chain of corrections. */
export function effectiveAttendance(records: readonly CourseRecord[]): AttendanceRecord[] {
  const superseded = supersededIds(records);
  return records.filter((record): record is AttendanceRecord => record.type === 'attendance' && !superseded.has(record.id));
}

/**
 * A trainee's hours per day. Lab time is the console time (a stretch counts on the day it began);
 * time in calls, part of it, runs from each answered call's launch to its end. Credits have no day column.
 */
export function dailyHours(sources: AttendanceSources, traineeId: string): Map<string, RegisterDay> {
  const days = new Map<string, RegisterDay>();
  const dayOf = (day: string) => {
    const found = days.get(day) ?? emptyDay();
    days.set(day, found);
    return found;
  };
  const stretches = [
    ...sources.records.flatMap((record) => (record.type === 'console' && record.traineeId === traineeId ? [record] : [])),
    ...sources.openConsole.filter((stretch) => stretch.traineeId === traineeId),
  ];
  for (const stretch of stretches) dayOf(romeDay(stretch.from)).lab += hoursIn(stretch.to - stretch.from);
  for (const session of sources.sessions) {
    if (session.traineeId !== traineeId || session.notAnswered) continue;
    dayOf(romeDay(session.launchedAt)).calls += hoursIn((session.endedAt ?? sources.now) - session.launchedAt);
  }
  for (const record of effectiveAttendance(sources.records)) {
    if (record.traineeId !== traineeId || record.kind === 'credit') continue;
    const day = dayOf(record.day);
    if (record.kind === 'absence') day.absent += record.hours;
    else day[record.kind] += record.hours;
  }
  for (const day of days.values()) for (const key of Object.keys(day) as (keyof RegisterDay)[]) day[key] = round(day[key]);
  return days;
}

export function sumDays(days: Iterable<RegisterDay>): RegisterDay {
  const sum = emptyDay();
  for (const day of days) for (const key of Object.keys(sum) as (keyof RegisterDay)[]) sum[key] += day[key];
  for (const key of Object.keys(sum) as (keyof RegisterDay)[]) sum[key] = round(sum[key]);
  return sum;
}

export const attendedOn = (day: RegisterDay) => round(day.lab + day.lesson + day.internship);

/**
 * The 80 % rule: credits recognised by the provider lower the hours due; the trainee must attend the
 * standard's share of those. At risk once the hours missed leave less than that share within reach.
 */
export function attendanceTotals(
  sources: AttendanceSources,
  traineeId: string,
  plannedHours: number,
  minimumAttendance: number,
): AttendanceTotals {
  const all = sumDays(dailyHours(sources, traineeId).values());
  const credits = round(
    effectiveAttendance(sources.records)
      .filter((record) => record.traineeId === traineeId && record.kind === 'credit')
      .reduce((sum, record) => sum + record.hours, 0),
  );
  const due = Math.max(0, plannedHours - credits);
  const required = round(due * minimumAttendance);
  const attended = attendedOn(all);
  const reachable = round(due - all.absent);
  const standing: AttendanceStanding = attended >= required ? 'reached' : reachable < required ? 'atRisk' : 'onTrack';
  return {
    attended,
    lab: all.lab,
    calls: all.calls,
    lesson: all.lesson,
    internship: all.internship,
    absent: all.absent,
    credits,
    due,
    required,
    reachable,
    standing,
  };
}
