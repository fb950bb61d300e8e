import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { distinct, type SessionFilter } from './sessionFilters.js';

interface SessionFiltersProps {
  sessions: SessionSummary[];
  filter: SessionFilter;
  onChange: (filter: SessionFilter) => void;
}

export function SessionFilters({ sessions, filter, onChange }: SessionFiltersProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const trainees = distinct(sessions, (session) => session.traineeId, (session) => session.traineeName).sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const scenarios = distinct(sessions, (session) => session.scenarioId, (session) => pick(session.scenarioTitle));
  return (
    <form className="filters" role="search" aria-label={t('desk.filters')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('desk.filterTrainee')}
        <select value={filter.traineeId} onChange={(event) => onChange({ ...filter, traineeId: event.target.value })}>
          <option value="">{t('desk.all')}</option>
          {trainees.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('desk.filterScenario')}
        <select value={filter.scenarioId} onChange={(event) => onChange({ ...filter, scenarioId: event.target.value })}>
          <option value="">{t('desk.all')}</option>
          {scenarios.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('desk.filterStatus')}
        <select
          value={filter.status}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filter, status: value === 'live' || value === 'ended' ? value : '' });
          }}
        >
          <option value="">{t('desk.all')}</option>
          <option value="live">{t('sessionStatus.live')}</option>
          <option value="ended">{t('sessionStatus.ended')}</option>
        </select>
      </label>
    </form>
  );
}
