import { useTranslation } from 'react-i18next';
import type { ReviewComment } from '../../../protocol/review.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** Comments, oldest first, each with who wrote it and when; a moment's comment jumps the replay there. */
export function CommentList({ comments, onMoment }: { comments: ReviewComment[]; onMoment?: (seq: number) => void }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (comments.length === 0) return null;
  return (
    <ul className="review-comments">
      {comments.map((comment) => (
        <li key={`${comment.at}-${comment.by.id}-${comment.text.slice(0, 20)}`} className="review-comment">
          <p className="review-comment__text">{comment.text}</p>
          <p className="review-comment__meta muted">
            {t('assessorReview.commentBy', { name: comment.by.name, when: formatDateTime(comment.at, language) })}
            {comment.seq !== null && onMoment && (
              <>
                {' · '}
                <button type="button" className="evidence-link" onClick={() => onMoment(comment.seq ?? 0)}>
                  {t('assessorReview.goToMoment', { seq: comment.seq })}
                </button>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
