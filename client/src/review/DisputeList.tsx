import { useTranslation } from 'react-i18next';
import type { SessionReviewView } from '../../../protocol/review.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** The trainee's disputes, open ones first said as such: an assessor answers one with a verdict on its item. */
export function DisputeList({ review }: { review: SessionReviewView }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  if (review.disputes.length === 0) return null;
  const labelOf = (itemId: string) => {
    const item = review.automatic.items.find((candidate) => candidate.id === itemId);
    return item ? pick(item.label) : itemId;
  };
  return (
    <section className="review-disputes" aria-labelledby="review-disputes-title">
      <h4 id="review-disputes-title" className="subhead subhead--small">
        {t('assessorReview.disputes')}
      </h4>
      <ul>
        {review.disputes.map((dispute) => (
          <li key={`${dispute.at}-${dispute.itemId}`} className={dispute.answeredAt === null ? 'dispute dispute--open' : 'dispute'}>
            <strong>{labelOf(dispute.itemId)}</strong>: {dispute.text}{' '}
            <span className="muted">
              ({dispute.by.name}, {formatDateTime(dispute.at, language)} ·{' '}
              {dispute.answeredAt === null
                ? t('assessorReview.disputeOpen')
                : t('assessorReview.disputeAnswered', { when: formatDateTime(dispute.answeredAt, language) })}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
