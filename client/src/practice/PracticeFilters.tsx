import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { presentValues, type PracticeFilter } from './practiceFilter.js';

interface PracticeFiltersProps {
  scenarios: ScenarioSummary[];
  filter: PracticeFilter;
  onChange: (filter: PracticeFilter) => void;
}

/** Narrow the catalogue by kind of contact, language and difficulty: only values present are offered. */
export function PracticeFilters({ scenarios, filter, onChange }: PracticeFiltersProps) {
  const { t } = useTranslation();
  const kinds = presentValues(scenarios, (scenario) => scenario.kind);
  const languages = presentValues(scenarios, (scenario) => scenario.language);
  const difficulties = presentValues(scenarios, (scenario) => String(scenario.difficulty));
  return (
    <form className="filters" role="search" aria-label={t('practice.filters')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('practice.filterKind')}
        <select value={filter.kind} onChange={(event) => onChange({ ...filter, kind: event.target.value })}>
          <option value="">{t('practice.all')}</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`, { defaultValue: kind })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('practice.filterLanguage')}
        <select value={filter.language} onChange={(event) => onChange({ ...filter, language: event.target.value })}>
          <option value="">{t('practice.all')}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {t(`callLanguage.${language}`, { defaultValue: language })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('practice.filterDifficulty')}
        <select value={filter.difficulty} onChange={(event) => onChange({ ...filter, difficulty: event.target.value })}>
          <option value="">{t('practice.all')}</option>
          {difficulties.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {t(`difficulty.${difficulty}`, { defaultValue: difficulty })}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
