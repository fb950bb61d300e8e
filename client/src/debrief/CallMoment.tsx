import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEvent } from '../../../protocol/events.js';
import type { ConsoleDirectory, ScenarioSummary } from '../../../protocol/views.js';
import { projectCallAt } from '../../../scenarios/projection/projectCall.js';
import { ActionLog } from '../console/shared/ActionLog.js';
import { CallConsole } from '../console/CallConsole.js';
import { formatDuration } from '../i18n/formatters.js';

interface CallMomentProps {
  events: SessionEvent[];
  scenario: ScenarioSummary | null;
  directory: ConsoleDirectory | null;
  seq: number;
  onClose: () => void;
}

/**
 * One moment of a finished call, rebuilt from the log as the replay does: the conversation and the
 * console exactly as they were just after event `seq`, read-only, that event highlighted.
 */
export function CallMoment({ events, scenario, directory, seq, onClose }: CallMomentProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const view = useMemo(() => projectCallAt(events, seq), [events, seq]);
  // The evidence may name an event the trainee's copy of the log leaves out: the moment is then the one before it.
  const at = [...events].reverse().find((event) => event.seq <= seq)?.at ?? events[0]?.at ?? 0;
  const origin = view.launchedAt ?? events[0]?.at ?? at;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new moment takes the focus: seq is the trigger
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [seq]);

  return (
    <section className="call-moment" aria-labelledby={headingId}>
      <div className="call-moment__head">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="subhead">
          {t('moment.title', { seq, time: formatDuration(at - origin) })}
        </h3>
        <button type="button" className="small" onClick={onClose}>
          {t('moment.close')}
        </button>
      </div>
      <p className="hint">{t('moment.intro')}</p>
      <div className="mirror-frame">
        <CallConsole view={view} scenario={scenario} directory={directory} now={at} readOnly highlightSeq={seq} />
      </div>
      <h4 className="subhead subhead--small">{t('actionLog.title')}</h4>
      <ActionLog actions={view.actions} origin={view.launchedAt} highlightSeq={seq} />
    </section>
  );
}
