import { z } from 'zod';

/** A calendar day as the course register writes it: YYYY-MM-DD. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD');
const staffIds = z.array(z.string().min(1).max(80)).max(20);

/** A class of the course: what the provider registers with the Region (code, dates, hours) and who runs it. */
export const classDetailsSchema = z.object({
  name: z.string().trim().min(1).max(120),
  courseCode: z.string().trim().max(40),
  startDate: isoDaySchema.nullable(),
  endDate: isoDaySchema.nullable(),
  plannedHours: z.number().int().min(1).max(2000),
  instructorIds: staffIds,
  assessorIds: staffIds,
});
export type ClassDetails = z.infer<typeof classDetailsSchema>;

/** A change to a class: any of its details, or archiving it (an archived class leaves the launch lists). */
export const classChangeSchema = classDetailsSchema.partial().extend({ archived: z.boolean().optional() });
export type ClassChange = z.infer<typeof classChangeSchema>;

/** One trainee as the provider's enrolment lists them. */
export const traineeEnrolmentSchema = z.object({
  firstName: z.string().trim().max(80),
  surname: z.string().trim().max(80),
  taxCode: z.string().trim().max(32),
  email: z.string().trim().max(200),
  classId: z.string().trim().max(80),
});
export type TraineeEnrolment = z.infer<typeof traineeEnrolmentSchema>;

/** A CSV of trainees: previewed (`commit: false`) or saved, all rows or none. */
export const traineeImportSchema = z.object({ csv: z.string().max(60_000), commit: z.boolean() });
export type TraineeImportRequest = z.infer<typeof traineeImportSchema>;

export const enrolmentProblems = [
  'missingField',
  'badTaxCode',
  'badEmail',
  'duplicateInFile',
  'alreadyEnrolled',
  'unknownClass',
  'notYourClass',
  'archivedClass',
] as const;
export type EnrolmentProblem = (typeof enrolmentProblems)[number];

export interface EnrolmentError {
  problem: EnrolmentProblem;
  /** The field at fault; the other row's line for a duplicate in the file. */
  field?: keyof TraineeEnrolment;
  line?: number;
}

/** One row of an import preview: the trainee as read, the username they would get, and what is wrong with it. */
export interface ImportRow {
  /** The row's line in the file (the header is line 1). */
  line: number;
  trainee: TraineeEnrolment;
  username: string;
  errors: EnrolmentError[];
}

/** A new account's one-time password: shown once, to hand over; the user must change it at the first login. */
export interface OneTimePassword {
  userId: string;
  username: string;
  displayName: string;
  password: string;
}

export interface ImportOutcome {
  rows: ImportRow[];
  /** True once every row was saved; false for a preview, or when any row has an error (then nothing is saved). */
  saved: boolean;
  passwords: OneTimePassword[];
}

export interface TraineeAccount {
  id: string;
  username: string;
  displayName: string;
  taxCode: string | null;
  email: string | null;
  deactivated: boolean;
}

export interface CourseClass extends ClassDetails {
  id: string;
  archived: boolean;
  trainees: TraineeAccount[];
}

export interface StaffMember {
  id: string;
  displayName: string;
  role: 'instructor' | 'assessor';
}

/** The classes a user runs (all of them, to an admin) and the lab's instructors and assessors, to name them. */
export interface CourseDirectory {
  classes: CourseClass[];
  staff: StaffMember[];
}
