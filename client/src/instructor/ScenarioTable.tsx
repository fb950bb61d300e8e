import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';

interface ScenarioTableProps {
  scenarios: ScenarioSummary[];
  selected: string | null;
  onSelect: (scenarioId: string) => void;
}

/** The scenario library; one radio per row picks what the launch buttons will send. */
export function ScenarioTable({ scenarios, selected, onSelect }: ScenarioTableProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  if (scenarios.length === 0) return <p className="muted">{t('scenarios.none')}</p>;
  return (
    <table className="data-table selectable">
      <caption className="sr-only">{t('scenarios.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scenarios.titleColumn')}</th>
          <th scope="col">{t('scenarios.kind')}</th>
          <th scope="col">{t('scenarios.language')}</th>
          <th scope="col">{t('scenarios.difficulty')}</th>
          <th scope="col">{t('scenarios.channel')}</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => (
          <tr key={scenario.id} className={scenario.id === selected ? 'is-selected' : undefined}>
            <td>
              <div className="radio-cell">
                <input
                  type="radio"
                  id={`scenario-${scenario.id}`}
                  name="scenario"
                  value={scenario.id}
                  checked={scenario.id === selected}
                  onChange={() => onSelect(scenario.id)}
                  aria-describedby={`scenario-${scenario.id}-summary`}
                />
                <span>
                  <label htmlFor={`scenario-${scenario.id}`}>
                    <strong>{pick(scenario.title)}</strong>
                  </label>
                  <span className="muted block" id={`scenario-${scenario.id}-summary`}>
                    {pick(scenario.summary)}
                  </span>
                </span>
              </div>
            </td>
            <td>{t(`kind.${scenario.kind}`, { defaultValue: scenario.kind })}</td>
            <td>{t(`callLanguage.${scenario.language}`)}</td>
            <td>{t(`difficulty.${scenario.difficulty}`)}</td>
            <td>{t(`channel.${scenario.channel}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
