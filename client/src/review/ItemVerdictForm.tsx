import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictRequest } from '../../../protocol/review.js';
import { itemVerdicts, reviewTextLimit, type ItemStatus, type ItemVerdict } from '../../../protocol/reviewWords.js';
import type { Result } from '../../../protocol/result.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

interface ItemVerdictFormProps {
  itemId: string;
  itemLabel: string;
  /** `byHand`: no verdict yet, the assessor picks one (the form offers none as a default). */
  current: ItemStatus;
  onSave: (body: VerdictRequest) => Promise<Result<unknown>>;
}

/** Confirm or change one item's verdict: the reason is required either way, the server says so too. */
export function ItemVerdictForm({ itemId, itemLabel, current, onSave }: ItemVerdictFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [verdict, setVerdict] = useState<ItemVerdict | ''>(current === 'byHand' ? '' : current);
  const [reason, setReason] = useState('');
  const { pending, error, submit } = useSubmit(() => setReason(''));
  return (
    <form
      className="verdict-form"
      aria-label={t('assessorReview.verdictFormFor', { item: itemLabel })}
      onSubmit={(event) => {
        event.preventDefault();
        if (verdict !== '') void submit(() => onSave({ itemId, verdict, reason }));
      }}
    >
      <label htmlFor={`${id}-verdict`}>{t('assessorReview.verdict')}</label>
      <select id={`${id}-verdict`} value={verdict} required onChange={(event) => setVerdict(event.target.value as ItemVerdict)}>
        {current === 'byHand' && (
          <option value="" disabled>
            {t('reviewMore.byHand.choose')}
          </option>
        )}
        {itemVerdicts.map((option) => (
          <option key={option} value={option}>
            {t(`score.status.${option}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>{t('assessorReview.reason')}</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        required
        maxLength={reviewTextLimit}
        rows={2}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="small primary" disabled={pending}>
        {verdict === current ? t('assessorReview.confirm') : t('assessorReview.change')}
      </button>
      <ReviewErrorNote error={error} />
    </form>
  );
}
