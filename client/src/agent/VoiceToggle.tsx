import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/useLocalized.js';
import type { CallerVoiceState } from './callerVoice.js';
import './voice.css';

/**
 * "italiano", "tedesco (Germania)": a language tag in the interface's words, never the tag itself (a
 * trainee reads words, not codes); the tag only when the browser cannot name it.
 */
function languageName(lang: string, uiLanguage: string, withRegion = false): string {
  try {
    const tag = withRegion ? lang.replace('_', '-') : (lang.split(/[-_]/)[0] ?? lang);
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? lang;
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
          <span className="muted small-text caller-voice-name">
            {t('voice.using', { name: voice.name, language: languageName(voice.voiceLang, language, true) })}
          </span>
        )}
      </span>
      {(voice.kind === 'noVoice' || voice.kind === 'noSynthesis') && (
        <div className="caller-voice-note" role="note">
          <p>
            {voice.kind === 'noVoice' ? t('voice.noVoice', { language: languageName(voice.wantedLang, language) }) : t('voice.noSynthesis')}
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
