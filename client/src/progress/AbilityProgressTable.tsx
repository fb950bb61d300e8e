import { useTranslation } from 'react-i18next';
import { abilityName, type StandardUnit } from '../../../protocol/standard.js';
import type { ProgressEntry } from '../../../protocol/views.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { abilityProgress } from './progressStats.js';
import { TrendBars } from './TrendBars.js';

/** One training unit's abilities: the latest result, the average and the last results of each. */
export function AbilityProgressTable({ unit, entries }: { unit: StandardUnit; entries: ProgressEntry[] }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const codes = unit.abilities.map((ability) => ability.code);
  const percent = (value: number | null) => formatPercent(value, language) ?? t('progress.notYet');
  return (
    <table className="data-table progress-table">
      <caption className="subhead">{t('progress.unitCaption', { unit: unit.code, title: pick(unit.title) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('score.code')}</th>
          <th scope="col">{t('score.ability')}</th>
          <th scope="col">{t('progress.latest')}</th>
          <th scope="col">{t('progress.average')}</th>
          <th scope="col">{t('progress.trend')}</th>
          <th scope="col">{t('progress.assessed')}</th>
        </tr>
      </thead>
      <tbody>
        {codes.map((code) => {
          const stats = abilityProgress(entries, code);
          return (
            <tr key={code}>
              <th scope="row" className="code">
                {code}
              </th>
              <td>{abilityName(code, language)}</td>
              <td>{percent(stats.latest)}</td>
              <td>{percent(stats.average)}</td>
              <td>
                <TrendBars values={stats.trend} />
              </td>
              <td>{stats.assessed}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
