import { useTranslation } from 'react-i18next';
import { isWithheld, type ConsoleDirectory } from '../../../protocol/views.js';
import { DebriefReport } from '../debrief/DebriefReport.js';
import { TraineeReview } from '../review/TraineeReview.js';
import { WithheldDebriefNote } from '../debrief/WithheldDebriefNote.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';

interface PastContactReviewProps {
  sessionId: string;
  directory: ConsoleDirectory | null;
  onClose: () => void;
}

/** The debrief of a past contact, read again: the score and the moments of the call behind it. */
export function PastContactReview({ sessionId, directory, onClose }: PastContactReviewProps) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const params = { id: sessionId };
  const joined = useApiResource('GET /api/sessions/:id', params);
  const score = useApiResource('GET /api/sessions/:id/score', params);
  const data = joined.result?.ok ? joined.result.data : null;
  return (
    <Panel
      title={data ? t('debrief.titleFor', { scenario: pick(data.session.scenarioTitle) }) : t('debrief.title')}
      className="past-review"
      headingLevel={3}
      tools={
        <button type="button" className="small ghost-dark" onClick={onClose}>
          {t('progress.closeReview')}
        </button>
      }
    >
      {(joined.result === null || score.result === null) && (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {joined.result && !joined.result.ok && <ErrorNote error={joined.result.error} />}
      {score.result && !score.result.ok && <ErrorNote error={score.result.error} />}
      {score.result?.ok && isWithheld(score.result.data) && <WithheldDebriefNote />}
      <TraineeReview sessionId={sessionId} />
      {data && score.result?.ok && !isWithheld(score.result.data) && (
        <DebriefReport score={score.result.data} events={data.events} scenario={data.scenario} directory={directory} />
      )}
    </Panel>
  );
}
