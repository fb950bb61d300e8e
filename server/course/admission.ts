import type { AdmissionList, AdmissionReason, AdmissionRow, UnitStanding } from '../../protocol/courseAdmission.js';
import { unitCodes, type UnitCode } from '../../protocol/standard.js';
import { type CsvCell, italianCsv } from '../exports/italianCsv.js';
import type { LabDocuments, StoredClass } from '../store/documents.js';
import { type AttendanceSources, attendanceTotals } from './attendance.js';
import { checksOf, currentSignOff } from './checks.js';
import type { CheckSignOffRecord } from './courseRecordTypes.js';
import { courseClassView } from './courseViews.js';
import { minimumAttendance } from './register.js';

/** A unit is passed once any of the class's checks of that unit has a current signature "passed" (a re-sit is a new check). */
function unitStanding(
  documents: LabDocuments,
  sources: AttendanceSources,
  group: StoredClass,
  unit: UnitCode,
  traineeId: string,
): UnitStanding {
  const signed = checksOf(sources.records)
    .filter((check) => check.classId === group.id && check.unit === unit)
    .flatMap((check) => currentSignOff(sources.records, check.id, traineeId) ?? []);
  const deciding: CheckSignOffRecord | undefined = signed.filter((record) => record.passed).at(-1) ?? signed.at(-1);
  if (!deciding) return { outcome: 'notSigned', signedBy: null, date: null };
  return {
    outcome: deciding.passed ? 'passed' : 'notPassed',
    signedBy: documents.users.find((user) => user.id === deciding.by)?.displayName ?? deciding.by,
    date: deciding.date,
  };
}

/** Who is admitted to the final exam: attendance of at least the standard's share of the hours due, and both units' checks passed. */
export function admissionList(documents: LabDocuments, group: StoredClass, sources: AttendanceSources): AdmissionList {
  const view = courseClassView(documents, group);
  const rows = view.trainees.map((trainee): AdmissionRow => {
    const attendance = attendanceTotals(sources, trainee.id, view.plannedHours, minimumAttendance);
    const units = Object.fromEntries(unitCodes.map((unit) => [unit, unitStanding(documents, sources, group, unit, trainee.id)])) as Record<
      UnitCode,
      UnitStanding
    >;
    const reasons: AdmissionReason[] = [
      ...(trainee.deactivated ? (['deactivated'] as const) : []),
      ...(attendance.standing === 'reached' ? [] : (['attendance'] as const)),
      ...unitCodes.filter((unit) => units[unit].outcome !== 'passed'),
    ];
    return { traineeId: trainee.id, displayName: trainee.displayName, attendance, units, admitted: reasons.length === 0, reasons };
  });
  return { classId: view.id, className: view.name, courseCode: view.courseCode, minimumAttendance, rows };
}

const outcomeWords = { passed: 'superata', notPassed: 'non superata', notSigned: 'non firmata' } as const;
const reasonWords: Record<AdmissionReason, string> = {
  attendance: 'frequenza sotto la soglia',
  UF1: 'verifica UF1 non superata',
  UF2: 'verifica UF2 non superata',
  deactivated: 'account disattivato',
};

export function admissionCsv(list: AdmissionList): string {
  const header = ['Allievo', 'Ore frequentate', 'Ore richieste', 'Crediti', 'Verifica UF1', 'Verifica UF2', 'Ammesso', 'Motivi'];
  const rows = list.rows.map((row): CsvCell[] => [
    row.displayName,
    row.attendance.attended,
    row.attendance.required,
    row.attendance.credits,
    outcomeWords[row.units.UF1.outcome],
    outcomeWords[row.units.UF2.outcome],
    row.admitted,
    row.reasons.map((reason) => reasonWords[reason]).join(', '),
  ]);
  return italianCsv(header, rows);
}
