import { useTranslation } from 'react-i18next';
import type { SessionReviewView } from '../../../protocol/review.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** Which score a screen shows: the automatic one, or the one reviewed by whom and when. */
export function ReviewedBy({ review }: { review: Pick<SessionReviewView, 'reviewed' | 'reviewedBy' | 'reviewedAt'> }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (!review.reviewed || review.reviewedAt === null) return <p className="score-source">{t('assessorReview.source.automatic')}</p>;
  return (
    <p className="score-source score-source--reviewed">
      {t('assessorReview.source.reviewed', {
        names: review.reviewedBy.map((reviewer) => reviewer.name).join(', '),
        when: formatDateTime(review.reviewedAt, language),
      })}
    </p>
  );
}
