import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { FilterSelect } from '../ui/FilterSelect.js';
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
      <FilterSelect
        label={t('practice.filterKind')}
        anyLabel={t('practice.all')}
        value={filter.kind}
        options={kinds.map((kind) => [kind, t(`kind.${kind}`, { defaultValue: kind })] as const)}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
      <FilterSelect
        label={t('practice.filterLanguage')}
        anyLabel={t('practice.all')}
        value={filter.language}
        options={languages.map((language) => [language, t(`callLanguage.${language}`, { defaultValue: language })] as const)}
        onChange={(language) => onChange({ ...filter, language })}
      />
      <FilterSelect
        label={t('practice.filterDifficulty')}
        anyLabel={t('practice.all')}
        value={filter.difficulty}
        options={difficulties.map((difficulty) => [difficulty, t(`difficulty.${difficulty}`, { defaultValue: difficulty })] as const)}
        onChange={(difficulty) => onChange({ ...filter, difficulty })}
      />
    </form>
  );
}
