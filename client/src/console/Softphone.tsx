import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory, ScenarioSummary } from '../../../protocol/views.js';
import type { CallView } from '../../../scenarios/projection/callView.js';
import type { Act } from '../session/traineeActions.js';
import { useActionRunner } from '../session/useActionRunner.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { ShortcutHint } from '../ui/ShortcutHint.js';
import { formatDuration } from '../i18n/formatters.js';
import { CallTimer } from './CallTimer.js';
import { currentHoldMs } from './callClock.js';
import { TransferControl } from './TransferControl.js';
import { MuteToggle } from './MuteToggle.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { TransferNote } from './TransferNote.js';
import { WrapUpTimer } from './WrapUpTimer.js';
import { shortcutLabels, useSoftphoneShortcuts } from './useSoftphoneShortcuts.js';

interface SoftphoneProps {
  view: CallView;
  scenario: ScenarioSummary | null;
  directory: Directory | null;
  act: Act | null;
  now: number;
}

/** The phone itself: the ringing call, then the line's state, timer and call controls. */
export function Softphone({ view, scenario, directory, act, now }: SoftphoneProps) {
  const { t } = useTranslation();
  const answer = useActionRunner(act);
  const line = useActionRunner(act);
  const ringing = view.phase === 'ringing';
  const up = view.phase === 'talking' || view.phase === 'onHold';
  const queue = view.queue ?? scenario?.queue ?? '';

  const doAnswer = () => void answer.run({ type: 'call.answer' });
  const doHoldOrResume = () => void line.run({ type: view.phase === 'onHold' ? 'call.resume' : 'call.hold' });
  const doHangUp = () => void line.run({ type: 'call.hangUp' });
  const doMute = () => void line.run({ type: view.muted ? 'call.unmute' : 'call.mute' });
  const canMute = view.phase === 'talking' || view.muted;
  useSoftphoneShortcuts(
    {
      answer: ringing ? doAnswer : undefined,
      holdOrResume: up ? doHoldOrResume : undefined,
      hangUp: up ? doHangUp : undefined,
      mute: up && canMute ? doMute : undefined,
    },
    act !== null,
  );
  const holdMs = currentHoldMs(view, now);
  const titleId = useId();

  return (
    <section className={`softphone softphone--${view.phase}`} aria-labelledby={titleId}>
      <div className="softphone__line">
        <h2 id={titleId} className="softphone__title">
          {ringing && <span className="ring-icon" aria-hidden="true" />}
          {t(`phase.${view.phase}`)}
        </h2>
        <dl className="softphone__facts">
          <div>
            <dt>{t('softphone.number')}</dt>
            <dd className="softphone__number">{view.callerNumber ?? t('softphone.unknownNumber')}</dd>
          </div>
          <div>
            <dt>{t('softphone.queue')}</dt>
            <dd>{queue}</dd>
          </div>
          <div>
            <dt>{t('mode.label')}</dt>
            <dd>{t(`mode.${view.mode}`)}</dd>
          </div>
        </dl>
        <CallTimer view={view} now={now} />
        <WrapUpTimer view={view} now={now} />
        {view.muted && up && (
          <p className="muted-badge" role="status">
            {t('phoneExtras.mutedIndicator')}
          </p>
        )}
        {holdMs !== null && (
          <p className="hold-badge">
            {t('softphone.onHoldFor', { time: formatDuration(holdMs) })}
          </p>
        )}
        {view.transferredTo !== null ? (
          <TransferNote department={view.transferredTo} note={view.transferNote} directory={directory} />
        ) : (
          view.phase === 'wrapUp' && view.hungUpBy && <p className="muted">{t(`softphone.hungUpBy.${view.hungUpBy}`)}</p>
        )}
      </div>
      {act && (
        <div className="softphone__controls">
          {ringing && (
            <span className="control-with-hint">
              <button type="button" className="answer" onClick={doAnswer} disabled={answer.pending} aria-keyshortcuts="Alt+A">
                {t('softphone.answer')}
              </button>
              <ShortcutHint keys={shortcutLabels.answer} />
            </span>
          )}
          {up && (
            <>
              <span className="control-with-hint">
                <button type="button" onClick={doHoldOrResume} disabled={line.pending} aria-keyshortcuts="Alt+H">
                  {view.phase === 'onHold' ? t('softphone.resume') : t('softphone.hold')}
                </button>
                <ShortcutHint keys={shortcutLabels.holdOrResume} />
              </span>
              <MuteToggle muted={view.muted} disabled={line.pending || !canMute} onToggle={doMute} />
              <span className="control-with-hint">
                <button type="button" className="danger" onClick={doHangUp} disabled={line.pending} aria-keyshortcuts="Alt+X">
                  {t('softphone.hangUp')}
                </button>
                <ShortcutHint keys={shortcutLabels.hangUp} />
              </span>
              <TransferControl directory={directory} act={act} disabled={line.pending} />
            </>
          )}
          <ShortcutHelp />
          <ErrorNote error={answer.error ?? line.error} />
        </div>
      )}
    </section>
  );
}
