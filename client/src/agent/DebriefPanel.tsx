import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEvent } from '../../../protocol/events.js';
import { isWithheld, type ConsoleDirectory, type Debrief, type ScenarioSummary } from '../../../protocol/views.js';
import { DebriefReport } from '../debrief/DebriefReport.js';
import { WithheldDebriefNote } from '../debrief/WithheldDebriefNote.js';
import { Panel } from '../ui/Panel.js';

interface DebriefPanelProps {
  /** Withheld after an exam call, until the assessor releases it. */
  score: Debrief | null;
  scenario: ScenarioSummary | null;
  scenarioTitle: string | null;
  events: SessionEvent[];
  directory: ConsoleDirectory | null;
  onBackToAvailable: () => void;
  pending: boolean;
  /** "Try again" as practice, with its reason when it cannot start. */
  retry?: ReactNode;
}

/** After the call: how it went, per rubric item and per ability, the moments behind it, then back to the queue. */
export function DebriefPanel({ score, scenario, scenarioTitle, events, directory, onBackToAvailable, pending, retry }: DebriefPanelProps) {
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
      {retry}
      {score && isWithheld(score) ? (
        <WithheldDebriefNote />
      ) : score ? (
        <DebriefReport score={score} events={events} scenario={scenario} directory={directory} />
      ) : (
        <p className="loading" role="status">
          {t('debrief.waiting')}
        </p>
      )}
    </Panel>
  );
}
