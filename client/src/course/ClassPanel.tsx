import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseClass, OneTimePassword, StaffMember } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { Panel } from '../ui/Panel.js';
import { AddTraineeForm } from './AddTraineeForm.js';
import { AdmissionListView } from './AdmissionListView.js';
import { ClassChecks } from './ClassChecks.js';
import { ClassForm } from './ClassForm.js';
import { ClassRegister } from './ClassRegister.js';
import { CourseError } from './CourseError.js';
import { TraineeTable } from './TraineeTable.js';

interface ClassPanelProps {
  group: CourseClass;
  staff: readonly StaffMember[];
  isAdmin: boolean;
  onChanged: () => void;
  onPasswords: (passwords: OneTimePassword[]) => void;
}

/** One class: its registration, archiving, its trainees and their enrolment. */
export function ClassPanel({ group, staff, isAdmin, onChanged, onPasswords }: ClassPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<LabError | null>(null);
  const archive = async (archived: boolean) => {
    const result = await callApi('POST /api/course/classes/:id', { params: { id: group.id }, body: { archived } });
    setError(result.ok ? null : result.error);
    if (result.ok) onChanged();
  };
  return (
    <Panel
      title={group.name}
      className="course-class"
      tools={
        <button type="button" onClick={() => void archive(!group.archived)}>
          {group.archived ? t('course.class.unarchive') : t('course.class.archive')}
        </button>
      }
    >
      <CourseError error={error} />
      {group.archived && <p className="notice">{t('course.class.archivedNote')}</p>}
      <details className="course-section">
        <summary>{t('course.class.details')}</summary>
        <ClassForm key={group.id} group={group} staff={staff} mayRestaff={isAdmin} onSaved={onChanged} />
      </details>
      <h3 className="subhead">{t('course.trainee.list')}</h3>
      <TraineeTable trainees={group.trainees} manages={isAdmin} onPassword={(password) => onPasswords([password])} onChanged={onChanged} />
      <details className="course-section">
        <summary>{t('course.checks.title')}</summary>
        <ClassChecks classId={group.id} canSchedule={!group.archived} canSign={isAdmin} />
      </details>
      <details className="course-section">
        <summary>{t('course.register.section')}</summary>
        <ClassRegister group={group} />
      </details>
      <details className="course-section">
        <summary>{t('course.admission.section')}</summary>
        <AdmissionListView key={group.trainees.length} classId={group.id} />
      </details>
      {!group.archived && (
        <details className="course-section">
          <summary>{t('course.add.title')}</summary>
          <AddTraineeForm
            classId={group.id}
            onAdded={(password) => {
              onPasswords([password]);
              onChanged();
            }}
          />
        </details>
      )}
    </Panel>
  );
}
