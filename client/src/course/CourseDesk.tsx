import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseClass, OneTimePassword } from '../../../protocol/courseAccounts.js';
import { formatIsoDate } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { ClassForm } from './ClassForm.js';
import { ClassPanel } from './ClassPanel.js';
import { OneTimePasswords } from './OneTimePasswords.js';
import { TraineeImport } from './TraineeImport.js';
import './course.css';

/** Running the course: the classes one runs (every class, to the admin), their trainees and their enrolment. */
export function CourseDesk({ asAdmin, embedded = false }: { asAdmin: boolean; embedded?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { result, reload } = useApiResource('GET /api/course/classes');
  const [openId, setOpenId] = useState<string | null>(null);
  const [passwords, setPasswords] = useState<OneTimePassword[]>([]);
  const isAdmin = asAdmin;
  const issued = (more: OneTimePassword[]) => setPasswords((previous) => [...previous, ...more]);

  if (result === null)
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  if (!result.ok) return <ErrorNote error={result.error} />;
  const { classes, staff } = result.data;
  const open = classes.find((group) => group.id === openId) ?? null;
  const day = (value: string | null) => (value ? formatIsoDate(value, language) : '');

  return (
    <div className="course-desk">
      {/* Embedded under the instructor's floor, the disclosure's summary names it already. */}
      {!embedded && <h1 className="page-title">{t('course.title')}</h1>}
      {passwords.length > 0 && <OneTimePasswords passwords={passwords} onDone={() => setPasswords([])} />}
      <Panel title={t('course.classes')}>
        <DataTable<CourseClass>
          columns={[
            { key: 'name', header: t('course.class.name'), cell: (row) => row.name, rowHeader: true },
            { key: 'code', header: t('course.class.courseCode'), cell: (row) => row.courseCode },
            {
              key: 'dates',
              header: t('course.class.dates'),
              cell: (row) => [day(row.startDate), day(row.endDate)].filter(Boolean).join(' – '),
            },
            { key: 'hours', header: t('course.class.plannedHours'), cell: (row) => row.plannedHours },
            {
              key: 'trainees',
              header: t('course.class.trainees'),
              cell: (row) => row.trainees.filter((trainee) => !trainee.deactivated).length,
            },
            {
              key: 'open',
              header: t('course.class.open'),
              cell: (row) => (
                <button type="button" aria-pressed={row.id === openId} onClick={() => setOpenId(row.id === openId ? null : row.id)}>
                  {row.archived ? t('course.class.openArchived', { name: row.name }) : t('course.class.openNamed', { name: row.name })}
                </button>
              ),
            },
          ]}
          rows={classes}
          rowKey={(row) => row.id}
          caption={t('course.classes')}
          empty={t('course.class.none')}
          isSelected={(row) => row.id === openId}
        />
        {isAdmin && (
          <details className="course-section">
            <summary>{t('course.class.create')}</summary>
            <ClassForm
              staff={staff}
              mayRestaff
              onSaved={(group) => {
                reload();
                setOpenId(group.id);
              }}
            />
          </details>
        )}
        <details className="course-section">
          <summary>{t('course.import.title')}</summary>
          <TraineeImport
            onImported={(made) => {
              issued(made);
              reload();
            }}
          />
        </details>
      </Panel>
      {open && <ClassPanel group={open} staff={staff} isAdmin={isAdmin} onChanged={reload} onPasswords={issued} />}
    </div>
  );
}
