import { useTranslation } from 'react-i18next';
import { ShortcutHint } from '../ui/ShortcutHint.js';
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
    <span className="control-with-hint">
      <button
        type="button"
        className={muted ? 'mute-toggle is-muted' : 'mute-toggle'}
        aria-pressed={muted}
        onClick={onToggle}
        disabled={disabled}
        aria-keyshortcuts={shortcutLabels.mute}
      >
        {t('phoneExtras.mute')}
      </button>
      <ShortcutHint keys={shortcutLabels.mute} />
    </span>
  );
}
