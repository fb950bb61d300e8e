import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEvent } from '../../../protocol/events.js';
import type { ConsoleDirectory, ScenarioSummary, ScoreReport } from '../../../protocol/views.js';
import { CallMoment } from './CallMoment.js';
import { ScoreReportView } from './ScoreReportView.js';
import './moment.css';

interface DebriefReportProps {
  score: ScoreReport;
  /** The call's log as the trainee may see it; empty when it is not at hand (no moments then). */
  events: SessionEvent[];
  scenario: ScenarioSummary | null;
  directory: ConsoleDirectory | null;
}

/** The trainee's debrief: the score, and for each piece of evidence the moment of the call it points to. */
export function DebriefReport({ score, events, scenario, directory }: DebriefReportProps) {
  const { t } = useTranslation();
  const [moment, setMoment] = useState<number | null>(null);
  const trigger = useRef<HTMLElement | null>(null);

  const show = (seq: number) => {
    trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMoment(seq);
  };
  const close = () => {
    setMoment(null);
    // Back to the evidence that opened the moment, so reading goes on from there.
    window.requestAnimationFrame(() => trigger.current?.focus());
  };

  return (
    <ScoreReportView
      score={score}
      channel={scenario?.channel}
      onEvidence={events.length > 0 ? show : undefined}
      evidenceLabel={(seq) => t('moment.show', { seq })}
      afterRubric={moment !== null && <CallMoment events={events} scenario={scenario} directory={directory} seq={moment} onClose={close} />}
    />
  );
}
