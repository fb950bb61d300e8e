import { useTranslation } from 'react-i18next';
import type { SessionReviewView } from '../../../protocol/review.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { CommentForm } from './CommentForm.js';
import { CommentList } from './CommentList.js';
import { ItemVerdictForm } from './ItemVerdictForm.js';
import { itemStatusKey } from './itemStatusWord.js';
import type { SessionReviewState } from './useSessionReview.js';

interface ItemReviewListProps {
  review: SessionReviewView;
  /** Assessors review; everyone else who reads the session sees the same record without the forms. */
  canReview: boolean;
  actions: Pick<SessionReviewState, 'saveVerdict' | 'saveComment'>;
}

/** Each rubric item: its automatic verdict, the reviewed one, the history of verdicts and comments, and the forms. */
export function ItemReviewList({ review, canReview, actions }: ItemReviewListProps) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const reviewedStatus = (itemId: string) => review.reviewed?.items.find((item) => item.id === itemId)?.status;
  return (
    <ul className="item-reviews">
      {review.automatic.items.map((item) => {
        const current = reviewedStatus(item.id) ?? item.status;
        const history = review.verdicts.filter((verdict) => verdict.itemId === item.id);
        const label = pick(item.label);
        return (
          <li key={item.id} className={`item-review item-review--${current}`}>
            <h4 className="item-review__label">{label}</h4>
            <p className="item-review__verdicts">
              <span>
                {item.status === 'byHand'
                  ? t('reviewMore.byHand.noAutomatic')
                  : t('assessorReview.automaticVerdict', { verdict: t(itemStatusKey(item.status)) })}
              </span>
              {history.length > 0 && (
                <span className="item-review__reviewed">
                  {' · '}
                  {t('assessorReview.reviewedVerdict', { verdict: t(itemStatusKey(current)) })}
                </span>
              )}
            </p>
            {history.length > 0 && (
              <ol className="item-review__history">
                {history.map((verdict) => (
                  <li key={`${verdict.at}-${verdict.by.id}`}>
                    {t('assessorReview.historyLine', {
                      name: verdict.by.name,
                      when: formatDateTime(verdict.at, language),
                      before: t(itemStatusKey(verdict.before)),
                      after: t(itemStatusKey(verdict.after)),
                      reason: verdict.reason,
                    })}
                  </li>
                ))}
              </ol>
            )}
            <CommentList comments={review.comments.filter((comment) => comment.itemId === item.id)} />
            {canReview && (
              <details className="item-review__forms">
                <summary>{t('assessorReview.reviewItem', { item: label })}</summary>
                <ItemVerdictForm itemId={item.id} itemLabel={label} current={current} onSave={actions.saveVerdict} />
                <CommentForm
                  label={t('assessorReview.itemComment', { item: label })}
                  target={{ itemId: item.id }}
                  onSave={actions.saveComment}
                />
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}
