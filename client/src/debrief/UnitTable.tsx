import { useTranslation } from 'react-i18next';
import { unitTitle } from '../../../protocol/standard.js';
import type { ScoreReport } from '../../../protocol/views.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

export function UnitTable({ units }: { units: ScoreReport['units'] }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <table className="data-table">
      <caption className="subhead">{t('score.byUnit')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('score.unit')}</th>
          <th scope="col">{t('score.unitTitle')}</th>
          <th scope="col">{t('score.points')}</th>
          <th scope="col">{t('score.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.code}>
            <th scope="row" className="code">
              {unit.code}
            </th>
            <td>{unitTitle(unit.code, language)}</td>
            <td>{t('score.earnedOf', { earned: unit.earned, possible: unit.possible })}</td>
            <td>{formatPercent(unit.percent, language) ?? t('score.notAssessed')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
