/**
 * What an instructor records for a trainee: hours of the course outside the lab, an absence, or
 * recognised credits. Apart from the schemas (courseAttendance.ts) so the console takes it without zod.
 */
export const attendanceKinds = ['lesson', 'internship', 'absence', 'credit'] as const;
export type AttendanceKind = (typeof attendanceKinds)[number];
