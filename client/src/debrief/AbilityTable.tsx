import { useTranslation } from 'react-i18next';
import { abilityName } from '../../../protocol/standard.js';
import type { AbilityResult } from '../../../protocol/views.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';

export function AbilityTable({ abilities }: { abilities: AbilityResult[] }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (abilities.length === 0) return <p className="muted">{t('score.noAbilities')}</p>;
  return (
    <table className="data-table">
      <caption className="subhead">{t('score.byAbility')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('score.code')}</th>
          <th scope="col">{t('score.ability')}</th>
          <th scope="col">{t('score.points')}</th>
          <th scope="col">{t('score.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {abilities.map((ability) => (
          <tr key={ability.code}>
            <th scope="row" className="code">
              {ability.code}
            </th>
            <td>{abilityName(ability.code, language)}</td>
            <td>{t('score.earnedOf', { earned: ability.earned, possible: ability.possible })}</td>
            <td>{formatPercent(ability.percent, language) ?? t('score.notAssessed')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
