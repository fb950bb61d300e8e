import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory, ScenarioSummary } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { ShortcutButton } from '../../ui/ShortcutButton.js';
import { formatDuration } from '../../i18n/formatters.js';
import { CallTimer } from './CallTimer.js';
import { currentHoldMs } from './callClock.js';
import { TransferControl } from './TransferControl.js';
import { MuteToggle } from './MuteToggle.js';
import { ShortcutHelp } from '../shared/ShortcutHelp.js';
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
        {holdMs !== null && <p className="hold-badge">{t('softphone.onHoldFor', { time: formatDuration(holdMs) })}</p>}
        {view.transferredTo !== null ? (
          <TransferNote department={view.transferredTo} note={view.transferNote} directory={directory} />
        ) : (
          view.phase === 'wrapUp' && view.hungUpBy && <p className="muted">{t(`softphone.hungUpBy.${view.hungUpBy}`)}</p>
        )}
      </div>
      {act && (
        <div className="softphone__controls">
          {ringing && (
            <ShortcutButton keys={shortcutLabels.answer} className="answer" onClick={doAnswer} disabled={answer.pending}>
              {t('softphone.answer')}
            </ShortcutButton>
          )}
          {up && (
            <>
              <ShortcutButton keys={shortcutLabels.holdOrResume} onClick={doHoldOrResume} disabled={line.pending}>
                {view.phase === 'onHold' ? t('softphone.resume') : t('softphone.hold')}
              </ShortcutButton>
              <MuteToggle muted={view.muted} disabled={line.pending || !canMute} onToggle={doMute} />
              <ShortcutButton keys={shortcutLabels.hangUp} className="danger" onClick={doHangUp} disabled={line.pending}>
                {t('softphone.hangUp')}
              </ShortcutButton>
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
