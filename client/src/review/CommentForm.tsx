import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentRequest } from '../../../protocol/review.js';
import { reviewTextLimit } from '../../../protocol/reviewWords.js';
import type { Result } from '../../../protocol/result.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';
import { useSubmit } from './useSubmit.js';

interface CommentFormProps {
  label: string;
  /** The comment's place: an item, a moment of the timeline, or neither (the session as a whole). */
  target: { itemId?: string; seq?: number };
  onSave: (body: CommentRequest) => Promise<Result<unknown>>;
}

export function CommentForm({ label, target, onSave }: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const { pending, error, submit } = useSubmit(() => setText(''));
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit(() => onSave({ ...target, text }));
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea id={id} value={text} required maxLength={reviewTextLimit} rows={2} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="small" disabled={pending}>
        {t('assessorReview.addComment')}
      </button>
      <ReviewErrorNote error={error} />
    </form>
  );
}
