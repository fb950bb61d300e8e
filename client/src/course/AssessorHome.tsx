import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { ClassChecks } from './ClassChecks.js';
import './course.css';

const AssessorDesk = lazy(() => import('../assessor/AssessorDesk.js').then((module) => ({ default: module.AssessorDesk })));

/** The assessor's desk (sessions, replay) with the UF checks of the classes they assess below it, folded, to sign off. */
export function AssessorHome() {
  const { t } = useTranslation();
  return (
    <>
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <AssessorDesk />
      </Suspense>
      <details className="course-home">
        <summary>{t('course.checks.title')}</summary>
        <AssessorChecks />
      </details>
    </>
  );
}

function AssessorChecks() {
  const { t } = useTranslation();
  const classes = useApiResource('GET /api/classes');
  const [classId, setClassId] = useState('');
  return (
    <Panel title={t('course.checks.title')}>
      {classes.result && !classes.result.ok && <ErrorNote error={classes.result.error} />}
      {classes.result?.ok && (
        <label>
          {t('course.field.classId')}
          <select value={classId} onChange={(event) => setClassId(event.target.value)}>
            <option value="">{t('course.checks.pickClass')}</option>
            {classes.result.data.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {classId && <ClassChecks key={classId} classId={classId} canSchedule={false} canSign />}
    </Panel>
  );
}
