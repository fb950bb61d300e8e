import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/useLocalized.js';
import type { CallerVoiceState } from './callerVoice.js';
import './voice.css';

/** "italiano", "tedesco": the contact's language in the interface's words, the code when the browser cannot name it. */
function languageName(lang: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(lang.split(/[-_]/)[0] ?? lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Mutes the caller's synthesised voice and says which voice speaks; when the browser has none for
 * the contact's language, a visible note says the lines stay written and how to get voices.
 */
export function VoiceToggle({ muted, onChange, voice }: { muted: boolean; onChange: (muted: boolean) => void; voice: CallerVoiceState }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <>
      <span className="voice-toggle">
        <button type="button" className="small" aria-pressed={muted} onClick={() => onChange(!muted)}>
          {t('voice.mute')}
        </button>
        {voice.kind === 'speaking' && (
          <span className="muted small-text caller-voice-name">{t('voice.using', { name: voice.name, lang: voice.voiceLang })}</span>
        )}
      </span>
      {(voice.kind === 'noVoice' || voice.kind === 'noSynthesis') && (
        <div className="caller-voice-note" role="note">
          <p>
            {voice.kind === 'noVoice'
              ? t('voice.noVoice', { language: languageName(voice.wantedLang, language), lang: voice.wantedLang })
              : t('voice.noSynthesis')}
          </p>
          <details>
            <summary>{t('voice.howTo.title')}</summary>
            <ul>
              <li>{t('voice.howTo.linux')}</li>
              <li>{t('voice.howTo.windows')}</li>
              <li>{t('voice.howTo.mac')}</li>
              <li>{t('voice.howTo.readme')}</li>
            </ul>
          </details>
        </div>
      )}
    </>
  );
}
