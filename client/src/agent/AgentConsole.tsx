import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicUser } from '../../../protocol/roles.js';
import type { TranscriptLine } from '../../../scenarios/projection/callView.js';
import { CallConsole } from '../console/CallConsole.js';
import { clockRuns } from '../console/phone/callClock.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { usePracticeCatalogue } from '../practice/usePracticeCatalogue.js';
import { useTraineeActions } from '../session/traineeActions.js';
import { useDirectory } from '../session/useDirectory.js';
import { useNow } from '../session/useNow.js';
import { useSessionEvents } from '../session/useSessionEvents.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { LiveRegion } from '../ui/LiveRegion.js';
import { AgentStatusBar } from './AgentStatusBar.js';
import { DebriefPanel } from './DebriefPanel.js';
import { IdlePanel } from './IdlePanel.js';
import { IdleTabs, type IdleTab } from './IdleTabs.js';
import { RetryPractice } from './RetryPractice.js';
import { useCallerVoice } from './callerVoice.js';
import { useAgentStatus } from './useAgentStatus.js';
import { useAssignedCall } from './useAssignedCall.js';
import { useDebriefFallback } from './useDebriefFallback.js';
import { useFreshCallerLines } from './useFreshCallerLines.js';
import { useRingTone } from './useRingTone.js';
import { VoiceToggle } from './VoiceToggle.js';

/** The trainee's screen: agent status, the softphone and its call, then the debrief; between calls, practice and progress. */
export function AgentConsole({ user }: { user: PublicUser }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const agent = useAgentStatus();
  const call = useAssignedCall(user);
  const feed = useSessionEvents(call.sessionId);
  const act = useTraineeActions(call.sessionId, feed.receive);
  const directory = useDirectory();
  const catalogue = usePracticeCatalogue();
  const [idleTab, setIdleTab] = useState<IdleTab>('practice');
  const [muted, setMuted] = useState(false);
  const [callerSaid, setCallerSaid] = useState('');

  const { view, scenario } = feed;
  const joined = feed.status === 'joined';
  const ringing = joined && view.phase === 'ringing';
  const ticking = joined && clockRuns(view);
  const now = useNow(ticking) - feed.clockOffsetMs;

  // An e-mail arrives silently, as in a real agent client; a call rings.
  useRingTone(ringing && view.channel === 'phone');
  const voice = useCallerVoice(scenario?.voice ?? null, muted);
  const isEmail = view.channel === 'email';
  const onCallerLines = useCallback(
    (lines: TranscriptLine[]) => {
      const text = lines.map((line) => line.text).join(' ');
      // An e-mail is read, not heard: it is announced as text and never spoken by the caller's voice.
      setCallerSaid(isEmail ? t('conversation.emailSays', { text }) : t('conversation.callerSaid', { text }));
      if (!isEmail) for (const line of lines) voice.speak(line.text);
    },
    [t, voice, isEmail],
  );
  const incomingAnnouncement = isEmail
    ? t('inbox.announce', { sender: view.callerNumber ?? t('inbox.unknownSender'), subject: view.subject ?? t('inbox.noSubject') })
    : t('incoming.announce', { number: view.callerNumber ?? t('softphone.unknownNumber'), queue: view.queue ?? scenario?.queue ?? '' });
  useFreshCallerLines(call.sessionId, view.transcript, joined, onCallerLines);
  useDebriefFallback(call.sessionId, joined && view.phase === 'ended', call.debrief !== null, call.receiveDebrief);

  const backToAvailable = async () => {
    if (await agent.change('available')) call.finish();
  };
  const busy = agent.status === 'ringing' || agent.status === 'onCall' || (agent.status === 'afterCallWork' && call.sessionId !== null);
  const toggleTo = busy ? null : agent.status === 'available' ? 'paused' : 'available';
  const ended = joined && view.phase === 'ended';
  const directoryData = directory?.ok ? directory.data : null;

  return (
    <div className="agent-console">
      <h1 className="page-title">{t('agent.title')}</h1>
      <AgentStatusBar
        status={agent.status}
        toggleTo={toggleTo}
        onToggle={() => void agent.change(toggleTo === 'paused' ? 'paused' : 'available')}
        pending={agent.pending}
        error={ended ? null : agent.error}
        emailContact={joined && call.sessionId !== null && isEmail}
      />
      <LiveRegion politeness="assertive" message={ringing ? incomingAnnouncement : ''} />
      <LiveRegion politeness="polite" message={callerSaid} />
      {directory && !directory.ok && <ErrorNote error={directory.error} />}
      {feed.error && <ErrorNote error={feed.error} />}
      {ended && (
        <>
          <DebriefPanel
            score={call.debrief}
            scenario={scenario}
            scenarioTitle={scenario ? pick(scenario.title) : null}
            events={feed.events}
            directory={directoryData}
            onBackToAvailable={() => void backToAvailable()}
            pending={agent.pending}
            retry={scenario && <RetryPractice scenarioId={scenario.id} mode={view.mode} catalogue={catalogue} />}
          />
          <ErrorNote error={agent.error} />
        </>
      )}
      {call.sessionId === null && (
        <div className="idle-area">
          <IdlePanel status={agent.status} />
          <IdleTabs active={idleTab} onChange={setIdleTab} catalogue={catalogue} directory={directoryData} />
        </div>
      )}
      {call.sessionId !== null && !ended && joined && (
        <CallConsole
          key={call.sessionId}
          view={view}
          scenario={scenario}
          directory={directoryData}
          now={now}
          act={act}
          agentName={user.displayName}
          conversationTools={isEmail ? undefined : <VoiceToggle muted={muted} onChange={setMuted} voice={voice.state} />}
        />
      )}
      {call.sessionId !== null && feed.status === 'joining' && (
        <p className="loading" role="status">
          {t('agent.joining')}
        </p>
      )}
    </div>
  );
}
