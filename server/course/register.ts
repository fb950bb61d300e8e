import type { ClassRegister, RegisterRow } from '../../protocol/courseAttendance.js';
import standard from '../../scenarios/standard/operatore-call-center-inbound.json' with { type: 'json' };
import { type CsvCell, italianCsv } from '../exports/italianCsv.js';
import type { LabDocuments, StoredClass } from '../store/documents.js';
import { type AttendanceSources, attendanceTotals, attendedOn, dailyHours, emptyDay, sumDays } from './attendance.js';
import { supersededIds } from './courseRecords.js';
import { courseClassView } from './courseViews.js';

/** The standard's share of the course's hours a trainee must attend to sit the final exam. */
export const minimumAttendance: number = standard.minimumAttendance;

export function daysOfMonth(month: string): string[] {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const count = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return Array.from({ length: count }, (_, index) => `${month}-${String(index + 1).padStart(2, '0')}`);
}

/** A class's register for one month: each trainee's hours per day, the month's sum, and the course's totals. */
export function classRegister(documents: LabDocuments, group: StoredClass, month: string, sources: AttendanceSources): ClassRegister {
  const view = courseClassView(documents, group);
  const days = daysOfMonth(month);
  const rows: RegisterRow[] = view.trainees.map((trainee) => {
    const daily = dailyHours(sources, trainee.id);
    const inMonth = Object.fromEntries(days.flatMap((day) => (daily.has(day) ? [[day, daily.get(day) ?? emptyDay()]] : [])));
    return {
      traineeId: trainee.id,
      displayName: trainee.displayName,
      deactivated: trainee.deactivated,
      days: inMonth,
      month: sumDays(Object.values(inMonth)),
      totals: attendanceTotals(sources, trainee.id, view.plannedHours, minimumAttendance),
    };
  });
  const names = new Map(documents.users.map((user) => [user.id, user.displayName]));
  const inClass = new Set(view.trainees.map((trainee) => trainee.id));
  const superseded = supersededIds(sources.records);
  const records = sources.records.flatMap((record) =>
    record.type === 'attendance' && inClass.has(record.traineeId) && record.day.startsWith(month)
      ? [
          {
            id: record.id,
            traineeId: record.traineeId,
            kind: record.kind,
            day: record.day,
            hours: record.hours,
            note: record.note,
            ...(record.corrects ? { corrects: record.corrects } : {}),
            traineeName: names.get(record.traineeId) ?? record.traineeId,
            by: record.by,
            byName: names.get(record.by) ?? record.by,
            at: record.at,
            superseded: superseded.has(record.id),
          },
        ]
      : [],
  );
  return {
    classId: view.id,
    className: view.name,
    courseCode: view.courseCode,
    month,
    days,
    plannedHours: view.plannedHours,
    minimumAttendance,
    rows,
    records,
  };
}

const standingWords = { reached: 'raggiunto', onTrack: 'in corso', atRisk: 'a rischio' } as const;

/** The register as Italian Excel opens it: one line per trainee, a column per day (hours attended, "A" for an absence). */
export function registerCsv(register: ClassRegister): string {
  const header = [
    'Allievo',
    ...register.days.map((day) => `${day.slice(8)}/${day.slice(5, 7)}`),
    'Ore del mese',
    'Ore frequentate (corso)',
    'di cui laboratorio',
    'Crediti riconosciuti',
    'Ore richieste',
    'Stato',
  ];
  const rows = register.rows.map((row): CsvCell[] => [
    row.displayName,
    ...register.days.map((day) => {
      const entry = row.days[day];
      if (!entry) return null;
      const attended = attendedOn(entry);
      return attended === 0 && entry.absent > 0 ? 'A' : attended;
    }),
    attendedOn(row.month),
    row.totals.attended,
    row.totals.lab,
    row.totals.credits,
    row.totals.required,
    standingWords[row.totals.standing],
  ]);
  return italianCsv(header, rows);
}
