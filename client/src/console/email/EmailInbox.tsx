import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory, ScenarioSummary } from '../../../../protocol/views.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { ShortcutButton } from '../../ui/ShortcutButton.js';
import { CallTimer } from '../phone/CallTimer.js';
import { TransferNote } from '../phone/TransferNote.js';
import { shortcutLabels, useSoftphoneShortcuts } from '../phone/useSoftphoneShortcuts.js';

interface EmailInboxProps {
  view: CallView;
  scenario: ScenarioSummary | null;
  directory: Directory | null;
  act: Act | null;
  now: number;
}

/**
 * An inbound e-mail in the softphone's place: sender, subject and queue, opened with the answer key.
 * E-mails are not held, transferred or hung up: what another department must do goes as a ticket or
 * an e-mail. The contact closes when the script ends it after the reply, or when the trainee closes
 * it (the hang-up key, Alt+X), replied to or not: an open e-mail is never a dead end.
 */
export function EmailInbox({ view, scenario, directory, act, now }: EmailInboxProps) {
  const { t } = useTranslation();
  const opener = useActionRunner(act);
  const newMail = view.phase === 'ringing';
  const titleId = useId();
  const closer = useActionRunner(act);
  const open = view.phase === 'talking';
  const doOpen = () => void opener.run({ type: 'call.answer' });
  const doClose = () => void closer.run({ type: 'email.close' });
  useSoftphoneShortcuts({ answer: newMail ? doOpen : undefined, hangUp: open ? doClose : undefined }, act !== null);

  return (
    <section className={`softphone softphone--${view.phase} inbox-item`} aria-labelledby={titleId}>
      <div className="softphone__line">
        <h2 id={titleId} className="softphone__title">
          {newMail && <span className="mail-icon" aria-hidden="true" />}
          {t(`emailPhase.${view.phase}`)}
        </h2>
        <dl className="softphone__facts">
          <div>
            <dt>{t('inbox.sender')}</dt>
            <dd className="softphone__number">{view.callerNumber ?? t('inbox.unknownSender')}</dd>
          </div>
          <div>
            <dt>{t('inbox.subject')}</dt>
            <dd>{view.subject ?? t('inbox.noSubject')}</dd>
          </div>
          <div>
            <dt>{t('softphone.queue')}</dt>
            <dd>{view.queue ?? scenario?.queue ?? ''}</dd>
          </div>
          <div>
            <dt>{t('mode.label')}</dt>
            <dd>{t(`mode.${view.mode}`)}</dd>
          </div>
        </dl>
        <CallTimer view={view} now={now} />
        {view.transferredTo !== null && <TransferNote department={view.transferredTo} directory={directory} />}
      </div>
      {act && (
        <div className="softphone__controls">
          {newMail && (
            <ShortcutButton keys={shortcutLabels.answer} className="answer" onClick={doOpen} disabled={opener.pending}>
              {t('inbox.open')}
            </ShortcutButton>
          )}
          {open && (
            <ShortcutButton keys={shortcutLabels.hangUp} onClick={doClose} disabled={closer.pending}>
              {view.emails.length > 0 ? t('inbox.markHandled') : t('inbox.close')}
            </ShortcutButton>
          )}
          <ErrorNote error={opener.error ?? closer.error} />
        </div>
      )}
    </section>
  );
}
