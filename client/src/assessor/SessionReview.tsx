import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isWithheld } from '../../../protocol/views.js';
import { ScoreReportView } from '../debrief/ScoreReportView.js';
import { DebriefRelease } from './DebriefRelease.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { useDirectory } from '../session/useDirectory.js';
import { useSessionEvents } from '../session/useSessionEvents.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { ReportTools } from '../review/ReportTools.js';
import { ReviewPanel } from '../review/ReviewPanel.js';
import { useSessionReview } from '../review/useSessionReview.js';
import { SessionReplay, type ReplayJump } from './SessionReplay.js';
import { WhoWatched } from './WhoWatched.js';

/**
 * One recorded session: its replay beside the automatic score, each piece of evidence a jump in the tape.
 * The log comes by joining the session, as the live monitor's does (joined before it is read, then pushed):
 * a replay opened while the call ends gets its last events and, once it has ended, its final score.
 */
export function SessionReview({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const feed = useSessionEvents(sessionId);
  const directory = useDirectory();
  const [jump, setJump] = useState<ReplayJump | null>(null);
  const jumpTo = (seq: number) => setJump((previous) => ({ seq, nonce: (previous?.nonce ?? 0) + 1 }));
  const review = useSessionReview(sessionId);
  const [cursorSeq, setCursorSeq] = useState<number | null>(null);
  const onCursor = useCallback((seq: number) => setCursorSeq(seq), []);

  const data =
    feed.status === 'joined' && feed.session && feed.scenario
      ? { session: feed.session, scenario: feed.scenario, events: feed.events }
      : null;
  const { result: score, reload: reloadScore } = useApiResource('GET /api/sessions/:id/score', { id: sessionId });
  const status = data?.session.status ?? null;
  // A score asked while the call was live is the live call's: its end (wrap-up, outcome) brings the final one.
  useEffect(() => {
    if (status !== null) reloadScore();
  }, [status, reloadScore]);
  const title = data
    ? t('review.titleFor', { trainee: data.session.traineeName, scenario: pick(data.session.scenarioTitle) })
    : t('review.title');

  return (
    <Panel
      title={title}
      className="review"
      tools={
        <>
          <ReportTools sessionId={sessionId} withStatements={data?.session.status === 'ended' && !data.session.notAnswered} />{' '}
          <button type="button" className="small ghost-dark" onClick={onClose}>
            {t('review.close')}
          </button>
        </>
      }
    >
      {feed.status === 'joining' && (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {feed.status === 'failed' && <ErrorNote error={feed.error} />}
      {data && (
        <>
          <p className="muted">
            {t('review.facts', {
              launchedAt: formatDateTime(data.session.launchedAt, language),
              status: t(`sessionStatus.${data.session.status}`),
              events: data.events.length,
            })}
          </p>
          <h3 className="subhead">{t('replay.title')}</h3>
          {data.events.length === 0 ? (
            <p className="muted">{t('replay.empty')}</p>
          ) : (
            <SessionReplay
              events={data.events}
              scenario={data.scenario}
              directory={directory?.ok ? directory.data : null}
              jump={jump}
              notes={review.result?.ok ? (review.result.data?.comments ?? []) : []}
              onCursor={onCursor}
            />
          )}
        </>
      )}
      <section className="score-section" aria-labelledby="review-score-title">
        <h3 id="review-score-title" className="subhead">
          {t('review.score')}
        </h3>
        {score === null && <p className="muted">{t('app.loading')}</p>}
        {score && !score.ok && <ErrorNote error={score.error} />}
        {/* An assessor always gets the score; a withheld debrief is for trainees only. */}
        {score?.ok && !isWithheld(score.data) && (
          <ScoreReportView score={score.data} onEvidence={jumpTo} channel={data?.scenario?.channel} />
        )}
        {/* The release reaches the summary as a session:updated push, as every change of the session does. */}
        {data && <DebriefRelease session={data.session} onReleased={review.reload} />}
      </section>
      {data && (
        <ReviewPanel
          state={review}
          cursorSeq={cursorSeq}
          onMoment={jumpTo}
          ended={data.session.status === 'ended'}
          exam={data.session.exam === true}
        />
      )}
      <WhoWatched sessionId={sessionId} />
    </Panel>
  );
}
