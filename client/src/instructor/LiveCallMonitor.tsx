import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionLog } from '../console/shared/ActionLog.js';
import { CallConsole } from '../console/CallConsole.js';
import { CallTimer } from '../console/phone/CallTimer.js';
import { clockRuns } from '../console/phone/callClock.js';
import { ScriptState } from '../console/conversation/ScriptState.js';
import { Transcript } from '../console/conversation/Transcript.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useDirectory } from '../session/useDirectory.js';
import { useNow } from '../session/useNow.js';
import { useSessionEvents } from '../session/useSessionEvents.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { ScriptLabelsContext } from '../console/conversation/scriptLabels.js';
import { InterventionBar } from './InterventionBar.js';
import { WhisperBox } from './WhisperBox.js';
import { TwistPicker } from './TwistPicker.js';
import { TakeOverPanel } from './TakeOverPanel.js';
import { useMirrorAudit } from './useMirrorAudit.js';
import './coaching.css';

/** One call watched live: the script's side, the conversation with its intents, the screen work, or the mirror. */
export function LiveCallMonitor({ sessionId, onClose }: { sessionId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const feed = useSessionEvents(sessionId);
  const directory = useDirectory();
  const [mirror, setMirror] = useState(false);
  useMirrorAudit(sessionId, mirror);
  const { view, session, scenario } = feed;
  const ticking = clockRuns(view);
  const now = useNow(ticking) - feed.clockOffsetMs;
  const heading = useRef<HTMLHeadingElement>(null);

  // "Segui" sits far above the monitor (under the scenario list): it opens in view, its heading focused.
  useEffect(() => {
    heading.current?.closest('section')?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, []);

  const title = session
    ? t('monitor.titleFor', { trainee: session.traineeName, scenario: pick(session.scenarioTitle) })
    : t('monitor.title');

  return (
    <ScriptLabelsContext.Provider value={scenario?.labels ?? null}>
      <Panel
        title={title}
        className="monitor"
        headingRef={heading}
        tools={
          <>
            <button type="button" className="small" aria-pressed={mirror} onClick={() => setMirror((value) => !value)}>
              {t('monitor.mirror')}
            </button>
            <button type="button" className="small ghost-dark" onClick={onClose}>
              {t('monitor.close')}
            </button>
          </>
        }
      >
        <ErrorNote error={feed.error} />
        {feed.status === 'joining' && (
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        )}
        {feed.status === 'joined' && (
          <>
            <div className="monitor__facts">
              <ScriptState view={view} />
              <CallTimer view={view} now={now} from="launch" />
              {session?.status === 'ended' && <p className="badge badge--neutral">{t('monitor.ended')}</p>}
            </div>
            {session && session.status !== 'ended' && view.phase !== 'ended' && (
              <>
                <InterventionBar sessionId={sessionId} traineeName={session.traineeName} view={view} />
                <WhisperBox sessionId={sessionId} traineeName={session.traineeName} />
                <TwistPicker sessionId={sessionId} canTwist={view.phase === 'talking' && view.pausedAt === null} />
                <TakeOverPanel sessionId={sessionId} view={view} />
              </>
            )}
            {mirror ? (
              <div className="mirror-frame">
                <p className="mirror-frame__label">{t('monitor.mirrorNotice')}</p>
                <CallConsole view={view} scenario={scenario} directory={directory?.ok ? directory.data : null} now={now} readOnly />
              </div>
            ) : (
              <div className="monitor__columns">
                <div>
                  <h3 className="subhead">{t('conversation.title')}</h3>
                  <Transcript lines={view.transcript} showIntents />
                </div>
                <div>
                  <h3 className="subhead">{t('actionLog.title')}</h3>
                  <p className="hint">{t('monitor.logTimes')}</p>
                  <ActionLog actions={view.actions} origin={view.launchedAt} />
                </div>
              </div>
            )}
          </>
        )}
      </Panel>
    </ScriptLabelsContext.Provider>
  );
}
