import { useTranslation } from 'react-i18next';

/** Mutes the caller's synthesised voice; the transcript keeps every line either way. */
export function VoiceToggle({ muted, onChange, available }: { muted: boolean; onChange: (muted: boolean) => void; available: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="voice-toggle">
      <button type="button" className="small" aria-pressed={muted} onClick={() => onChange(!muted)}>
        {t('voice.mute')}
      </button>
      {!available && <span className="muted small-text">{t('voice.unavailable')}</span>}
    </span>
  );
}
