import type { AttendanceTotals } from './courseAttendance.js';
import type { UnitCode } from './standard.js';

export type UnitOutcome = 'passed' | 'notPassed' | 'notSigned';
export type AdmissionReason = 'attendance' | 'UF1' | 'UF2' | 'deactivated';

export interface UnitStanding {
  outcome: UnitOutcome;
  /** The signature that decides it (the latest passed one, else the latest one), when there is one. */
  signedBy: string | null;
  date: string | null;
}

/** One trainee of the admission list: attendance against the 80 % rule, both units' checks, and the verdict with its reasons. */
export interface AdmissionRow {
  traineeId: string;
  displayName: string;
  attendance: AttendanceTotals;
  units: Record<UnitCode, UnitStanding>;
  admitted: boolean;
  reasons: AdmissionReason[];
}

export interface AdmissionList {
  classId: string;
  className: string;
  courseCode: string;
  minimumAttendance: number;
  rows: AdmissionRow[];
}
