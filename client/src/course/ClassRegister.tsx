import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseClass } from '../../../protocol/courseAccounts.js';
import type { AttendanceRecordView, ClassRegister as Register, RegisterDay, RegisterRow } from '../../../protocol/courseAttendance.js';
import { formatCount, formatDateTime, formatIsoDate } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { AttendanceForm } from './AttendanceForm.js';
import { printSheet } from './printSheet.js';

const attended = (day: RegisterDay) => day.lab + day.lesson + day.internship;
const standingBadge = { reached: 'badge badge--ok', onTrack: 'badge badge--info', atRisk: 'badge badge--warn' } as const;

/** A class's register for a month: hours per trainee and day, totals against the 80 % rule, the records behind them. */
export function ClassRegister({ group }: { group: CourseClass }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [month, setMonth] = useState(() => new Date().toLocaleDateString('en-CA').slice(0, 7));
  const { result, reload } = useApiResource('GET /api/course/classes/:id/register/:month', { id: group.id, month });
  const [correcting, setCorrecting] = useState<AttendanceRecordView | null>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const hours = (value: number) => formatCount(Math.round(value * 100) / 100, language);

  const grid = (register: Register) => {
    // Only the days with something recorded: a month of 31 empty columns reads badly on screen and on paper.
    const days = register.days.filter((day) => register.rows.some((row) => row.days[day]));
    return (
      <DataTable<RegisterRow>
        className="course-register-grid"
        columns={[
          { key: 'name', header: t('course.trainee.name'), cell: (row) => row.displayName, rowHeader: true },
          ...days.map((day) => ({
            key: day,
            header: formatIsoDate(day, language),
            cell: (row: RegisterRow) => {
              const entry = row.days[day];
              if (!entry) return '';
              return attended(entry) === 0 && entry.absent > 0 ? t('course.register.absentMark') : hours(attended(entry));
            },
          })),
          { key: 'month', header: t('course.register.monthHours'), cell: (row) => hours(attended(row.month)) },
          { key: 'lab', header: t('course.register.labHours'), cell: (row) => hours(row.totals.lab) },
          { key: 'attended', header: t('course.register.attended'), cell: (row) => hours(row.totals.attended) },
          { key: 'credits', header: t('course.register.credits'), cell: (row) => hours(row.totals.credits) },
          { key: 'required', header: t('course.register.required'), cell: (row) => hours(row.totals.required) },
          {
            key: 'standing',
            header: t('course.register.standing'),
            cell: (row) => (
              <span className={standingBadge[row.totals.standing]}>{t(`course.register.standings.${row.totals.standing}`)}</span>
            ),
          },
        ]}
        rows={register.rows}
        rowKey={(row) => row.traineeId}
        caption={t('course.register.caption', { name: register.className, month: register.month })}
        captionClassName="course-caption"
        empty={t('course.trainee.none')}
      />
    );
  };

  return (
    <div className="form-stack">
      <div className="inline-form">
        <label>
          {t('course.register.month')}
          <input type="month" value={month} onChange={(event) => event.target.value && setMonth(event.target.value)} />
        </label>
        <button type="button" onClick={() => printSheet(sheet.current)}>
          {t('course.register.print')}
        </button>
        <a className="course-button-link" href={`/api/course/classes/${encodeURIComponent(group.id)}/register-csv/${month}`} download>
          {t('course.register.csv')}
        </a>
      </div>
      {result === null && <p className="muted">{t('app.loading')}</p>}
      {result && !result.ok && <ErrorNote error={result.error} />}
      {result?.ok && (
        <>
          <div ref={sheet}>
            <h3 className="subhead">{t('course.register.title', { month: result.data.month })}</h3>
            <p className="hint">
              {t('course.register.rule', {
                hours: result.data.plannedHours,
                percent: Math.round(result.data.minimumAttendance * 100),
              })}
            </p>
            {grid(result.data)}
          </div>
          {!group.archived && group.trainees.length > 0 && (
            <AttendanceForm
              classId={group.id}
              trainees={group.trainees.filter((trainee) => !trainee.deactivated)}
              correcting={correcting}
              onSaved={() => {
                setCorrecting(null);
                reload();
              }}
              onCancelCorrection={() => setCorrecting(null)}
            />
          )}
          <h3 className="subhead">{t('course.register.records')}</h3>
          <DataTable<AttendanceRecordView>
            columns={[
              { key: 'day', header: t('course.register.day'), cell: (row) => formatIsoDate(row.day, language) },
              { key: 'trainee', header: t('course.trainee.name'), cell: (row) => row.traineeName, rowHeader: true },
              { key: 'kind', header: t('course.register.kind'), cell: (row) => t(`course.register.kinds.${row.kind}`) },
              { key: 'hours', header: t('course.register.hours'), cell: (row) => hours(row.hours) },
              { key: 'note', header: t('course.register.note'), cell: (row) => row.note },
              { key: 'by', header: t('course.register.by'), cell: (row) => `${row.byName}, ${formatDateTime(row.at, language)}` },
              {
                key: 'state',
                header: t('course.trainee.state'),
                cell: (row) =>
                  row.superseded ? (
                    t('course.register.superseded')
                  ) : (
                    <button type="button" onClick={() => setCorrecting(row)}>
                      {t('course.register.correct', { name: row.traineeName, day: formatIsoDate(row.day, language) })}
                    </button>
                  ),
              },
            ]}
            rows={[...result.data.records].reverse()}
            rowKey={(row) => row.id}
            caption={t('course.register.records')}
            empty={t('course.register.noRecords')}
          />
        </>
      )}
    </div>
  );
}
