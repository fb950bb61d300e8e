import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '../../../protocol/views.js';
import { useLocalized } from '../i18n/useLocalized.js';

interface PracticeScenarioListProps {
  scenarios: ScenarioSummary[];
  pendingId: string | null;
  onStart: (scenarioId: string) => void;
}

/** The scenarios to practise, each with what it is about and a button that starts it. */
export function PracticeScenarioList({ scenarios, pendingId, onStart }: PracticeScenarioListProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <ul className="practice-list">
      {scenarios.map((scenario) => (
        <li key={scenario.id} className="practice-card">
          <h3 className="subhead practice-card__title">{pick(scenario.title)}</h3>
          <p>{pick(scenario.summary)}</p>
          <p className="practice-card__facts">
            <span className="badge badge--neutral">{t(`kind.${scenario.kind}`, { defaultValue: scenario.kind })}</span>{' '}
            <span className="badge badge--neutral">{t(`callLanguage.${scenario.language}`)}</span>{' '}
            <span className="badge badge--neutral">{t(`difficulty.${scenario.difficulty}`)}</span>{' '}
            <span className="badge badge--neutral">{t(`channel.${scenario.channel}`)}</span>
          </p>
          <button
            type="button"
            className="primary"
            disabled={pendingId !== null}
            aria-label={t('practice.startNamed', { title: pick(scenario.title) })}
            onClick={() => onStart(scenario.id)}
          >
            {pendingId === scenario.id ? t('practice.starting') : t('practice.start')}
          </button>
        </li>
      ))}
    </ul>
  );
}
