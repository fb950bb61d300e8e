import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionRow } from '../../../protocol/courseAdmission.js';
import { formatCount } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { printSheet } from './printSheet.js';

const outcomeBadge = { passed: 'badge badge--ok', notPassed: 'badge badge--warn', notSigned: 'badge badge--neutral' } as const;

/** Who of the class is admitted to the final exam, and why the others are not; printable and as CSV. */
export function AdmissionListView({ classId }: { classId: string }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { result } = useApiResource('GET /api/course/classes/:id/admission', { id: classId });
  const sheet = useRef<HTMLDivElement>(null);
  if (result === null) return <p className="muted">{t('app.loading')}</p>;
  if (!result.ok) return <ErrorNote error={result.error} />;
  const list = result.data;
  const hours = (value: number) => formatCount(value, language);
  return (
    <div className="form-stack">
      <div className="inline-form">
        <button type="button" onClick={() => printSheet(sheet.current)}>
          {t('course.admission.print')}
        </button>
        <a className="course-button-link" href={`/api/course/classes/${encodeURIComponent(classId)}/admission-csv`} download>
          {t('course.admission.csv')}
        </a>
      </div>
      <div ref={sheet}>
        <h3 className="subhead">{t('course.admission.title', { name: list.className })}</h3>
        <p className="hint">{t('course.admission.rule', { percent: Math.round(list.minimumAttendance * 100) })}</p>
        <DataTable<AdmissionRow>
          columns={[
            { key: 'name', header: t('course.trainee.name'), cell: (row) => row.displayName, rowHeader: true },
            {
              key: 'attendance',
              header: t('course.admission.attendance'),
              cell: (row) =>
                t('course.admission.hours', { attended: hours(row.attendance.attended), required: hours(row.attendance.required) }),
            },
            ...(['UF1', 'UF2'] as const).map((unit) => ({
              key: unit,
              header: t('course.admission.unit', { unit }),
              cell: (row: AdmissionRow) => (
                <span className={outcomeBadge[row.units[unit].outcome]}>{t(`course.admission.outcome.${row.units[unit].outcome}`)}</span>
              ),
            })),
            {
              key: 'admitted',
              header: t('course.admission.verdict'),
              cell: (row) => (
                <span className={row.admitted ? 'badge badge--ok' : 'badge badge--warn'}>
                  {t(row.admitted ? 'course.admission.admitted' : 'course.admission.notAdmitted')}
                </span>
              ),
            },
            {
              key: 'reasons',
              header: t('course.admission.reasons'),
              cell: (row) => row.reasons.map((reason) => t(`course.admission.reason.${reason}`)).join('; '),
            },
          ]}
          rows={list.rows}
          rowKey={(row) => row.traineeId}
          caption={t('course.admission.title', { name: list.className })}
          empty={t('course.trainee.none')}
        />
      </div>
    </div>
  );
}
