import { useTranslation } from 'react-i18next';
import type { CalibrationComparison } from '../../../protocol/calibration.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { itemStatusKey } from './itemStatusWord.js';

/** The assessors' blind verdicts side by side: agreement per item and overall, and the items to discuss. */
export function CalibrationComparisonTable({ comparison }: { comparison: CalibrationComparison }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const labelOf = (itemId: string) => {
    const item = comparison.items.find((candidate) => candidate.itemId === itemId);
    return item ? pick(item.label) : itemId;
  };
  return (
    <div className="calibration-comparison">
      <p className="calibration-comparison__overall">
        {t('assessorReview.calibration.overall', { percent: formatPercent(comparison.agreementPercent, language) })}
      </p>
      <table className="data-table">
        <caption>{t('assessorReview.calibration.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessorReview.calibration.item')}</th>
            {comparison.assessors.map((assessor) => (
              <th key={assessor.id} scope="col">
                {assessor.name}
              </th>
            ))}
            <th scope="col">{t('assessorReview.calibration.agreement')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.items.map((item) => (
            <tr key={item.itemId} className={item.agreementPercent < 100 ? 'calibration-comparison__differs' : undefined}>
              <th scope="row">{pick(item.label)}</th>
              {comparison.assessors.map((assessor) => (
                <td key={assessor.id}>{t(itemStatusKey(item.verdicts[assessor.id] ?? item.automatic))}</td>
              ))}
              <td>{formatPercent(item.agreementPercent, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="subhead subhead--small">{t('assessorReview.calibration.differences')}</h4>
      {comparison.differences.length === 0 ? (
        <p>{t('assessorReview.calibration.noDifferences')}</p>
      ) : (
        <ul>
          {comparison.differences.map((itemId) => (
            <li key={itemId}>{labelOf(itemId)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
