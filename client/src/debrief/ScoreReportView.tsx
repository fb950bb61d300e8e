import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../protocol/vocabulary.js';
import type { ScoreReport } from '../../../protocol/views.js';
import { AbilityTable } from './AbilityTable.js';
import { KpiList } from './KpiList.js';
import { RubricItemList } from './RubricItemList.js';
import { ScoreSummary } from './ScoreSummary.js';
import { UnitTable } from './UnitTable.js';

interface ScoreReportViewProps {
  score: ScoreReport;
  onEvidence?: (seq: number) => void;
  evidenceLabel?: (seq: number) => string;
  /** Shown right under the rubric: the trainee's debrief puts the moment of the call there. */
  afterRubric?: ReactNode;
  /** The contact's channel, for the measures' words (a call's or an e-mail's). */
  channel?: Channel;
}

/** The whole automatic assessment of a call: shared by the trainee's debrief and the assessor's desk. */
export function ScoreReportView({ score, onEvidence, evidenceLabel, afterRubric, channel }: ScoreReportViewProps) {
  const { t } = useTranslation();
  return (
    <div className="score-report">
      {/* Every screen says which score it shows: this one is always the automatic one. */}
      <p className="score-source">{t('reviewMore.source.automaticReport')}</p>
      <ScoreSummary score={score} />
      <KpiList kpis={score.kpis} channel={channel} />
      <h3 className="subhead">{t('score.rubric')}</h3>
      <RubricItemList items={score.items} onEvidence={onEvidence} evidenceLabel={evidenceLabel} />
      {afterRubric}
      <div className="score-tables">
        <AbilityTable abilities={score.abilities} />
        <UnitTable units={score.units} />
      </div>
    </div>
  );
}
