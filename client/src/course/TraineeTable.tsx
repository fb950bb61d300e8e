import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimePassword, TraineeAccount } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { DataTable } from '../ui/DataTable.js';
import { CourseError } from './CourseError.js';

interface TraineeTableProps {
  trainees: readonly TraineeAccount[];
  /** Password resets and deactivations are the administrator's. */
  manages: boolean;
  onPassword: (password: OneTimePassword) => void;
  onChanged: () => void;
}

/** A class's trainees, with the administrator's account actions; deactivation asks once more before it acts. */
export function TraineeTable({ trainees, manages, onPassword, onChanged }: TraineeTableProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<LabError | null>(null);

  const reset = async (trainee: TraineeAccount) => {
    const result = await callApi('POST /api/course/users/:id/password-reset', { params: { id: trainee.id } });
    setError(result.ok ? null : result.error);
    if (result.ok) onPassword(result.data);
  };
  const deactivate = async (trainee: TraineeAccount) => {
    setConfirming(null);
    const result = await callApi('POST /api/course/users/:id/deactivate', { params: { id: trainee.id } });
    setError(result.ok ? null : result.error);
    if (result.ok) onChanged();
  };

  const actions = (trainee: TraineeAccount) =>
    trainee.deactivated ? null : (
      <span className="course-actions">
        <button type="button" onClick={() => void reset(trainee)}>
          {t('course.trainee.resetPassword', { name: trainee.displayName })}
        </button>
        {confirming === trainee.id ? (
          <>
            <button type="button" className="danger" onClick={() => void deactivate(trainee)}>
              {t('course.trainee.confirmDeactivate', { name: trainee.displayName })}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('course.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(trainee.id)}>
            {t('course.trainee.deactivate', { name: trainee.displayName })}
          </button>
        )}
      </span>
    );

  return (
    <>
      <CourseError error={error} />
      <DataTable
        columns={[
          { key: 'name', header: t('course.trainee.name'), cell: (row) => row.displayName, rowHeader: true },
          { key: 'username', header: t('course.trainee.username'), cell: (row) => <span className="code">{row.username}</span> },
          { key: 'taxCode', header: t('course.field.taxCode'), cell: (row) => <span className="code">{row.taxCode ?? ''}</span> },
          { key: 'email', header: t('course.field.email'), cell: (row) => row.email ?? '' },
          {
            key: 'state',
            header: t('course.trainee.state'),
            cell: (row) => (
              <span className={row.deactivated ? 'badge badge--neutral' : 'badge badge--ok'}>
                {t(row.deactivated ? 'course.trainee.deactivated' : 'course.trainee.active')}
              </span>
            ),
          },
          ...(manages ? [{ key: 'actions', header: t('course.trainee.actions'), cell: actions }] : []),
        ]}
        rows={trainees}
        rowKey={(row) => row.id}
        caption={t('course.trainee.list')}
        empty={t('course.trainee.none')}
      />
    </>
  );
}
