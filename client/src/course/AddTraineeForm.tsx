import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimePassword, TraineeEnrolment } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { CourseError } from './CourseError.js';

const fields = ['firstName', 'surname', 'taxCode', 'email'] as const;

/** One trainee enrolled in the class by hand; the answer's one-time password goes to the passwords sheet. */
export function AddTraineeForm({ classId, onAdded }: { classId: string; onAdded: (password: OneTimePassword) => void }) {
  const { t } = useTranslation();
  const empty = { firstName: '', surname: '', taxCode: '', email: '' };
  const [trainee, setTrainee] = useState(empty);
  const [error, setError] = useState<LabError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: TraineeEnrolment = { ...trainee, classId };
    const result = await callApi('POST /api/course/trainees', { body });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setTrainee(empty);
      onAdded(result.data);
    }
  };

  return (
    <form onSubmit={submit} className="form-stack" aria-label={t('course.add.title')}>
      <div className="form-row">
        {fields.map((field) => (
          <label key={field}>
            {t(`course.field.${field}`)}
            <input
              required
              type={field === 'email' ? 'email' : 'text'}
              autoComplete="off"
              value={trainee[field]}
              onChange={(event) => setTrainee((previous) => ({ ...previous, [field]: event.target.value }))}
            />
          </label>
        ))}
      </div>
      <CourseError error={error} />
      <div>
        <button type="submit">{t('course.add.submit')}</button>
      </div>
    </form>
  );
}
