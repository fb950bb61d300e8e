import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';

interface ScenarioTableProps {
  scenarios: ScenarioSummary[];
  selected: string | null;
  onSelect: (scenarioId: string) => void;
  /** What an empty table says: the library is empty, or nothing matches the filters. */
  empty?: string;
}

/** The scenario library; one radio per row picks what the launch buttons will send. */
export function ScenarioTable({ scenarios, selected, onSelect, empty }: ScenarioTableProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const columns: DataColumn<ScenarioSummary>[] = [
    {
      key: 'title',
      header: t('scenarios.titleColumn'),
      cell: (scenario) => (
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
      ),
    },
    { key: 'kind', header: t('scenarios.kind'), cell: (scenario) => t(`kind.${scenario.kind}`, { defaultValue: scenario.kind }) },
    { key: 'language', header: t('scenarios.language'), cell: (scenario) => t(`callLanguage.${scenario.language}`) },
    { key: 'difficulty', header: t('scenarios.difficulty'), cell: (scenario) => t(`difficulty.${scenario.difficulty}`) },
    { key: 'channel', header: t('scenarios.channel'), cell: (scenario) => t(`channel.${scenario.channel}`) },
    { key: 'abilities', header: t('picker.abilities'), cell: (scenario) => scenario.abilities.join(', ') || '—' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={scenarios}
      rowKey={(scenario) => scenario.id}
      caption={t('scenarios.caption')}
      empty={empty ?? t('scenarios.none')}
      className="selectable"
      isSelected={(scenario) => scenario.id === selected}
    />
  );
}
