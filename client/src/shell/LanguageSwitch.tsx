import { useTranslation } from 'react-i18next';
import { currentLanguage, setUiLanguage, uiLanguages } from '../i18n/setup.js';

/** Names stay in their own language so anyone can find theirs, whatever is shown now. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switch" role="group" aria-label={t('language.switch')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="chip"
          aria-pressed={language === active}
          onClick={() => setUiLanguage(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
