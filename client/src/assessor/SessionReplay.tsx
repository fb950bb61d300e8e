import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEvent } from '../../../protocol/events.js';
import type { ReviewComment } from '../../../protocol/review.js';
import type { ConsoleDirectory, ScenarioSummary } from '../../../protocol/views.js';
import { projectCallAt } from '../../../scenarios/projection/projectCall.js';
import { ActionLog } from '../console/shared/ActionLog.js';
import { CallConsole } from '../console/CallConsole.js';
import { ScriptState } from '../console/conversation/ScriptState.js';
import { ScriptLabelsContext } from '../console/conversation/scriptLabels.js';
import { formatDuration } from '../i18n/formatters.js';
import { LiveRegion } from '../ui/LiveRegion.js';
import { Panel } from '../ui/Panel.js';
import { ReplayControls } from './ReplayControls.js';
import { MomentNotes } from '../review/MomentNotes.js';
import { replaySpan, seqAt } from './replayCursor.js';
import { useReplayClock } from './useReplayClock.js';

export interface ReplayJump {
  seq: number;
  /** Bumped on every request, so asking twice for the same event still moves the tape. */
  nonce: number;
}

interface SessionReplayProps {
  events: SessionEvent[];
  scenario: ScenarioSummary;
  directory: ConsoleDirectory | null;
  jump: ReplayJump | null;
  /** The review's comments: those pinned to the moment shown appear beside it. */
  notes?: ReviewComment[];
  /** Told the event the replay shows, whenever it changes (a comment can be pinned to it). */
  onCursor?: (seq: number) => void;
}

/** The session as it happened: the console rebuilt from the log at the cursor's moment. */
export function SessionReplay({ events, scenario, directory, jump, notes = [], onCursor }: SessionReplayProps) {
  const { t } = useTranslation();
  const span = replaySpan(events);
  const start = span?.start ?? 0;
  const duration = span ? span.end - span.start : 0;
  const clock = useReplayClock(duration);
  const [pinnedSeq, setPinnedSeq] = useState<number | null>(null);
  const [showIntents, setShowIntents] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const { pause, seek } = clock;

  // An evidence link pins the cursor to that exact event, since several may share one millisecond.
  useEffect(() => {
    if (!jump) return;
    const target = events.find((event) => event.seq === jump.seq);
    if (!target) return;
    pause();
    seek(target.at - start);
    setPinnedSeq(jump.seq);
    top.current?.scrollIntoView({ block: 'start' });
  }, [jump, events, start, pause, seek]);

  const cursorSeq = pinnedSeq ?? seqAt(events, start + clock.position);
  const view = useMemo(() => projectCallAt(events, cursorSeq), [events, cursorSeq]);
  const unpin = () => setPinnedSeq(null);
  useEffect(() => onCursor?.(cursorSeq), [onCursor, cursorSeq]);

  return (
    <ScriptLabelsContext.Provider value={scenario.labels ?? null}>
      <div className="replay" ref={top}>
        <ReplayControls clock={clock} duration={duration} onScrub={unpin} />
        <LiveRegion
          politeness="polite"
          message={pinnedSeq !== null ? t('replay.jumped', { seq: pinnedSeq, time: formatDuration(clock.position) }) : ''}
        />
        <div className="replay__state">
          <ScriptState view={view} />
          <p className="muted">{t('replay.atEvent', { seq: cursorSeq })}</p>
          <button type="button" className="small" aria-pressed={showIntents} onClick={() => setShowIntents((value) => !value)}>
            {t('replay.showIntents')}
          </button>
        </div>
        <MomentNotes notes={notes.filter((note) => note.seq === cursorSeq)} seq={cursorSeq} />
        <CallConsole
          view={view}
          scenario={scenario}
          directory={directory}
          now={start + clock.position}
          readOnly
          showIntents={showIntents}
          highlightSeq={pinnedSeq}
        />
        <Panel title={t('actionLog.title')}>
          <ActionLog actions={view.actions} origin={view.launchedAt} highlightSeq={pinnedSeq} />
        </Panel>
      </div>
    </ScriptLabelsContext.Provider>
  );
}
