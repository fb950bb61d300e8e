import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** What a list row knows of a session's result: the automatic score, and the reviewed one when this user may see it. */
export type ScoredRow = Pick<SessionSummary, 'percent' | 'passed' | 'review'>;

/** A session's result in a list, saying which score it is: the automatic one, and the reviewed one with who, when, and whether released. */
export function ScoreSources({ session }: { session: ScoredRow }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const verdict = (passed: boolean | null) => (passed ? t('score.passed') : t('score.failed'));
  const { review } = session;
  return (
    <>
      {`${formatPercent(session.percent, language) ?? ''} ${verdict(session.passed)}`}{' '}
      <span className="score-source-tag">{t('assessorReview.source.automaticTag')}</span>
      {review && (
        <span className="score-source-line">
          {t('assessorReview.source.reviewedLine', {
            result: `${formatPercent(review.percent, language) ?? ''} ${verdict(review.passed)}`,
            names: review.reviewedBy,
            when: formatDateTime(review.reviewedAt, language),
          })}
          {' · '}
          {review.releasedAt === null
            ? t('reviewMore.source.notReleased')
            : t('reviewMore.source.releasedOn', { when: formatDateTime(review.releasedAt, language) })}
        </span>
      )}
    </>
  );
}
