import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassDetails, CourseClass, StaffMember } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { CourseError } from './CourseError.js';

interface ClassFormProps {
  /** The class to edit; absent, the form creates one. */
  group?: CourseClass;
  staff: readonly StaffMember[];
  /** Only an administrator chooses who runs a class. */
  mayRestaff: boolean;
  onSaved: (group: CourseClass) => void;
}

const blank: ClassDetails = {
  name: '',
  courseCode: '',
  startDate: null,
  endDate: null,
  plannedHours: 300,
  instructorIds: [],
  assessorIds: [],
};

/** A class's registration: name, course code, dates, planned hours, and (for the admin) its instructors and assessors. */
export function ClassForm({ group, staff, mayRestaff, onSaved }: ClassFormProps) {
  const { t } = useTranslation();
  const [details, setDetails] = useState<ClassDetails>(group ?? blank);
  const [error, setError] = useState<LabError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<ClassDetails>) => {
    setSaved(false);
    setDetails((previous) => ({ ...previous, ...change }));
  };
  const toggle = (field: 'instructorIds' | 'assessorIds', id: string, on: boolean) =>
    set({ [field]: on ? [...details[field], id] : details[field].filter((other) => other !== id) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { instructorIds, assessorIds, ...own } = details;
    const body = mayRestaff ? details : own;
    const result = group
      ? await callApi('POST /api/course/classes/:id', { params: { id: group.id }, body })
      : await callApi('POST /api/course/classes', { body: details });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setSaved(true);
      if (!group) setDetails(blank);
      onSaved(result.data);
    }
  };

  const staffChoice = (field: 'instructorIds' | 'assessorIds', role: StaffMember['role']) => (
    <fieldset className="course-staff">
      <legend>{t(`course.class.${field}`)}</legend>
      {staff
        .filter((member) => member.role === role)
        .map((member) => (
          <label key={member.id} className="course-check">
            <input
              type="checkbox"
              checked={details[field].includes(member.id)}
              onChange={(event) => toggle(field, member.id, event.target.checked)}
            />
            {member.displayName}
          </label>
        ))}
    </fieldset>
  );

  return (
    <form onSubmit={submit} className="form-stack course-class-form" aria-label={group ? t('course.class.edit') : t('course.class.create')}>
      <div className="form-row">
        <label>
          {t('course.class.name')}
          <input required maxLength={120} value={details.name} onChange={(event) => set({ name: event.target.value })} />
        </label>
        <label>
          {t('course.class.courseCode')}
          <input maxLength={40} value={details.courseCode} onChange={(event) => set({ courseCode: event.target.value })} />
        </label>
      </div>
      <div className="form-row">
        <label>
          {t('course.class.startDate')}
          <input type="date" value={details.startDate ?? ''} onChange={(event) => set({ startDate: event.target.value || null })} />
        </label>
        <label>
          {t('course.class.endDate')}
          <input type="date" value={details.endDate ?? ''} onChange={(event) => set({ endDate: event.target.value || null })} />
        </label>
        <label>
          {t('course.class.plannedHours')}
          <input
            type="number"
            min={1}
            max={2000}
            required
            value={details.plannedHours}
            onChange={(event) => set({ plannedHours: Number(event.target.value) })}
          />
        </label>
      </div>
      {mayRestaff && (
        <div className="form-row">
          {staffChoice('instructorIds', 'instructor')}
          {staffChoice('assessorIds', 'assessor')}
        </div>
      )}
      <CourseError error={error} />
      <div className="inline-form">
        <button type="submit">{group ? t('course.class.save') : t('course.class.createSubmit')}</button>
        <span role="status">{saved ? t('course.class.saved') : ''}</span>
      </div>
    </form>
  );
}
