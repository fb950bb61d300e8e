import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { abilityName } from '../../../protocol/standard.js';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { presentValues } from '../practice/practiceFilter.js';
import { FilterSelect } from '../ui/FilterSelect.js';
import { isNarrowed, noScenarioPick, pickScenarios, presentAbilities, type ScenarioPick } from './scenarioPicker.js';
import { ScenarioTable } from './ScenarioTable.js';
import './picker.css';

interface ScenarioPickerProps {
  scenarios: ScenarioSummary[];
  selected: string | null;
  onSelect: (scenarioId: string) => void;
}

/** The scenario library narrowed by words and facets, so the instructor finds one among many without scrolling cards. */
export function ScenarioPicker({ scenarios, selected, onSelect }: ScenarioPickerProps) {
  const { t } = useTranslation();
  const { language: uiLanguage } = useLocalized();
  const [pick, setPick] = useState<ScenarioPick>(noScenarioPick);
  const shown = pickScenarios(scenarios, pick);
  const selectedHidden = selected !== null && !shown.some((scenario) => scenario.id === selected);
  const option = (prefix: string) => (value: string) => [value, t(`${prefix}.${value}`, { defaultValue: value })] as const;
  return (
    <div className="scenario-picker">
      <form className="filters" role="search" aria-label={t('picker.filters')} onSubmit={(event) => event.preventDefault()}>
        <label className="scenario-picker__words">
          {t('picker.search')}
          <input
            type="search"
            value={pick.words}
            placeholder={t('picker.searchHint')}
            onChange={(event) => setPick({ ...pick, words: event.target.value })}
          />
        </label>
        <FilterSelect
          label={t('picker.kind')}
          anyLabel={t('picker.any')}
          value={pick.kind}
          options={presentValues(scenarios, (scenario) => scenario.kind).map(option('kind'))}
          onChange={(kind) => setPick({ ...pick, kind })}
        />
        <FilterSelect
          label={t('picker.language')}
          anyLabel={t('picker.any')}
          value={pick.language}
          options={presentValues(scenarios, (scenario) => scenario.language).map(option('callLanguage'))}
          onChange={(language) => setPick({ ...pick, language })}
        />
        <FilterSelect
          label={t('picker.difficulty')}
          anyLabel={t('picker.any')}
          value={pick.difficulty}
          options={presentValues(scenarios, (scenario) => String(scenario.difficulty)).map(option('difficulty'))}
          onChange={(difficulty) => setPick({ ...pick, difficulty })}
        />
        <FilterSelect
          label={t('picker.ability')}
          anyLabel={t('picker.any')}
          value={pick.ability}
          options={presentAbilities(scenarios).map((code) => [code, `${code} · ${abilityName(code, uiLanguage)}`] as const)}
          onChange={(ability) => setPick({ ...pick, ability })}
        />
      </form>
      <p className="scenario-picker__count" aria-live="polite">
        {t('picker.shown', { shown: shown.length, total: scenarios.length })}
        {selectedHidden && <span className="muted"> · {t('picker.selectedHidden')}</span>}
        <button type="button" className="small" disabled={!isNarrowed(pick)} onClick={() => setPick(noScenarioPick)}>
          {t('picker.clear')}
        </button>
      </p>
      <fieldset className="plain">
        <legend className="sr-only">{t('scenarios.pick')}</legend>
        <ScenarioTable scenarios={shown} selected={selected} onSelect={onSelect} empty={t('picker.noMatch')} />
      </fieldset>
    </div>
  );
}
