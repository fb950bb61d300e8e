import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatDateTime, formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** A session's result in a list, saying which score it is: the automatic one, and the reviewed one with who and when. */
export function ScoreSources({ session }: { session: SessionSummary }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const verdict = (passed: boolean | null) => (passed ? t('score.passed') : t('score.failed'));
  return (
    <>
      {`${formatPercent(session.percent, language) ?? ''} ${verdict(session.passed)}`}{' '}
      <span className="score-source-tag">{t('assessorReview.source.automaticTag')}</span>
      {session.review && (
        <span className="score-source-line">
          {t('assessorReview.source.reviewedLine', {
            result: `${formatPercent(session.review.percent, language) ?? ''} ${verdict(session.review.passed)}`,
            names: session.review.reviewedBy,
            when: formatDateTime(session.review.reviewedAt, language),
          })}
        </span>
      )}
    </>
  );
}
