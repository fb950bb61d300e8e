import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../protocol/views.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

/** The headline: overall percent, pass or fail (or "not answered"), outcome, and any critical failure that decided it. */
export function ScoreSummary({ score }: { score: ScoreReport }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const labelOf = (itemId: string) => {
    const item = score.items.find((candidate) => candidate.id === itemId);
    return item ? pick(item.label) : itemId;
  };
  return (
    <div className="score-summary">
      {score.status === 'notAnswered' ? (
        // Never answered: said in words, with no percentage, neither passed nor failed.
        <p className="score-summary__result is-not-answered">
          <span className="score-summary__verdict">{t('score.notAnswered')}</span>
        </p>
      ) : (
        <p className={`score-summary__result ${score.passed ? 'is-passed' : 'is-failed'}`}>
          <span className="score-summary__percent">{formatPercent(score.percent, language)}</span>{' '}
          <span className="score-summary__verdict">{score.passed ? t('score.passed') : t('score.failed')}</span>
        </p>
      )}
      {score.outcome && <p>{t('score.outcome', { outcome: t(`outcome.${score.outcome}`, { defaultValue: score.outcome }) })}</p>}
      {score.criticalFailures.length > 0 && (
        <div className="critical" role="note">
          <h3 className="subhead">{t('score.criticalFailures')}</h3>
          <ul>
            {score.criticalFailures.map((itemId) => (
              <li key={itemId}>{labelOf(itemId)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
