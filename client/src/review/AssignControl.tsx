import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewerRef } from '../../../protocol/review.js';
import type { QueueEntry } from '../../../protocol/reviewQueue.js';
import { callApi } from '../api/http.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

/** Who a queued session is assigned to, and the choice of another assessor. */
export function AssignControl({ entry, assessors, onAssigned }: { entry: QueueEntry; assessors: ReviewerRef[]; onAssigned: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState(entry.assignedTo?.id ?? '');
  const { pending, error, submit } = useSubmit(onAssigned);
  return (
    <div className="assign-control">
      <label htmlFor={id} className="sr-only">
        {t('assessorReview.queue.assignFor', { name: entry.session.traineeName })}
      </label>
      <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">{t('assessorReview.queue.nobody')}</option>
        {assessors.map((assessor) => (
          <option key={assessor.id} value={assessor.id}>
            {assessor.name}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="small"
        disabled={pending || chosen === '' || chosen === entry.assignedTo?.id}
        onClick={() =>
          void submit(() =>
            callApi('POST /api/sessions/:id/review/assign', { params: { id: entry.session.id }, body: { assessorId: chosen } }),
          )
        }
      >
        {t('assessorReview.queue.assign')}
      </button>
      <ReviewErrorNote error={error} />
    </div>
  );
}
