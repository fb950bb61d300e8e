import { useTranslation } from 'react-i18next';
import type { AgentStatus } from '../../../protocol/roles.js';
import type { LabError } from '../../../protocol/result.js';
import { shortcutLabels } from '../console/phone/useSoftphoneShortcuts.js';
import { ErrorNote } from '../ui/ErrorNote.js';

interface AgentStatusBarProps {
  status: AgentStatus;
  /** The status the toggle would set, or null while a call owns the status. */
  toggleTo: 'available' | 'paused' | null;
  onToggle: () => void;
  pending: boolean;
  error: LabError | null;
  /** An e-mail is opened, not held or hung up: only its shortcut is listed. */
  emailContact?: boolean;
}

export function AgentStatusBar({ status, toggleTo, onToggle, pending, error, emailContact = false }: AgentStatusBarProps) {
  const { t } = useTranslation();
  return (
    <section className="status-bar" aria-label={t('agentStatus.region')}>
      <p className="status-bar__status">
        <span className="status-bar__label">{t('agentStatus.label')}</span>{' '}
        <strong className={`status-badge status-badge--${status}`} role="status">
          {t(`agentStatus.${status}`, { context: emailContact ? 'email' : undefined })}
        </strong>
      </p>
      {toggleTo && (
        <button type="button" className={toggleTo === 'available' ? 'primary' : undefined} onClick={onToggle} disabled={pending}>
          {toggleTo === 'available' ? t('agentStatus.goAvailable') : t('agentStatus.goPaused')}
        </button>
      )}
      <ErrorNote error={error} />
      {emailContact ? (
        <p className="status-bar__shortcuts">
          <span className="muted">{t('shortcuts.title')}</span> <kbd>{shortcutLabels.answer}</kbd> {t('inbox.open')}
        </p>
      ) : (
        <p className="status-bar__shortcuts">
          <span className="muted">{t('shortcuts.title')}</span> <kbd>{shortcutLabels.answer}</kbd> {t('softphone.answer')} ·{' '}
          <kbd>{shortcutLabels.holdOrResume}</kbd> {t('shortcuts.holdResume')} · <kbd>{shortcutLabels.mute}</kbd> {t('phoneExtras.mute')} ·{' '}
          <kbd>{shortcutLabels.hangUp}</kbd> {t('softphone.hangUp')}
        </p>
      )}
    </section>
  );
}
