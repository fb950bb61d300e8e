import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisputeRequest } from '../../../protocol/review.js';
import { reviewTextLimit } from '../../../protocol/reviewWords.js';
import type { Result } from '../../../protocol/result.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

/** The trainee disputes one item of the released review, saying why. */
export function DisputeForm({
  itemId,
  itemLabel,
  onSave,
}: {
  itemId: string;
  itemLabel: string;
  onSave: (body: DisputeRequest) => Promise<Result<unknown>>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const { pending, error, submit } = useSubmit(() => setText(''));
  return (
    <details className="item-review__forms">
      <summary>{t('assessorReview.disputeItem', { item: itemLabel })}</summary>
      <form
        className="comment-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(() => onSave({ itemId, text }));
        }}
      >
        <label htmlFor={id}>{t('assessorReview.disputeWhy', { item: itemLabel })}</label>
        <textarea id={id} value={text} required maxLength={reviewTextLimit} rows={2} onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="small" disabled={pending}>
          {t('assessorReview.sendDispute')}
        </button>
        <ReviewErrorNote error={error} />
      </form>
    </details>
  );
}
