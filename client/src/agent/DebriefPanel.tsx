import { useTranslation } from 'react-i18next';
import type { ScoreReport } from '../../../protocol/views.js';
import { ScoreReportView } from '../debrief/ScoreReportView.js';
import { Panel } from '../ui/Panel.js';

interface DebriefPanelProps {
  score: ScoreReport | null;
  scenarioTitle: string | null;
  onBackToAvailable: () => void;
  pending: boolean;
}

/** After the call: how it went, per rubric item and per ability, then back to the queue. */
export function DebriefPanel({ score, scenarioTitle, onBackToAvailable, pending }: DebriefPanelProps) {
  const { t } = useTranslation();
  return (
    <Panel
      title={scenarioTitle ? t('debrief.titleFor', { scenario: scenarioTitle }) : t('debrief.title')}
      className="debrief"
      tools={
        <button type="button" className="primary" onClick={onBackToAvailable} disabled={pending}>
          {t('debrief.backToAvailable')}
        </button>
      }
    >
      {score ? (
        <ScoreReportView score={score} />
      ) : (
        <p className="loading" role="status">
          {t('debrief.waiting')}
        </p>
      )}
    </Panel>
  );
}
