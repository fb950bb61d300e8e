import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { FilterSelect } from '../ui/FilterSelect.js';
import { distinct, type SessionFilter } from './sessionFilters.js';

interface SessionFiltersProps {
  sessions: SessionSummary[];
  filter: SessionFilter;
  onChange: (filter: SessionFilter) => void;
}

export function SessionFilters({ sessions, filter, onChange }: SessionFiltersProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const trainees = distinct(
    sessions,
    (session) => session.traineeId,
    (session) => session.traineeName,
  ).sort((a, b) => a[1].localeCompare(b[1]));
  const scenarios = distinct(
    sessions,
    (session) => session.scenarioId,
    (session) => pick(session.scenarioTitle),
  );
  return (
    <form className="filters" role="search" aria-label={t('desk.filters')} onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        label={t('desk.filterTrainee')}
        anyLabel={t('desk.all')}
        value={filter.traineeId}
        options={trainees}
        onChange={(traineeId) => onChange({ ...filter, traineeId })}
      />
      <FilterSelect
        label={t('desk.filterScenario')}
        anyLabel={t('desk.all')}
        value={filter.scenarioId}
        options={scenarios}
        onChange={(scenarioId) => onChange({ ...filter, scenarioId })}
      />
      <FilterSelect
        label={t('desk.filterStatus')}
        anyLabel={t('desk.all')}
        value={filter.status}
        options={[
          ['live', t('sessionStatus.live')],
          ['ended', t('sessionStatus.ended')],
        ]}
        onChange={(value) => onChange({ ...filter, status: value === 'live' || value === 'ended' ? value : '' })}
      />
    </form>
  );
}
