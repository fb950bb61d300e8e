import { useTranslation } from 'react-i18next';
import { ShortcutButton } from '../../ui/ShortcutButton.js';
import { shortcutLabels } from './useSoftphoneShortcuts.js';

interface MuteToggleProps {
  muted: boolean;
  disabled: boolean;
  onToggle: () => void;
}

/** The microphone: a toggle button (aria-pressed while muted); the caller hears nothing and replies wait. */
export function MuteToggle({ muted, disabled, onToggle }: MuteToggleProps) {
  const { t } = useTranslation();
  return (
    <ShortcutButton
      keys={shortcutLabels.mute}
      className={muted ? 'mute-toggle is-muted' : 'mute-toggle'}
      aria-pressed={muted}
      onClick={onToggle}
      disabled={disabled}
    >
      {t('phoneExtras.mute')}
    </ShortcutButton>
  );
}
