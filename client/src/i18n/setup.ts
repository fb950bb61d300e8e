import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, mergeCatalogues } from './catalogue';
import en from './en.json';
import it from './it.json';

const areaFiles = import.meta.glob<Catalogue>('./areas/*.json', { eager: true, import: 'default' });
const areasIn = (language: string): Record<string, Catalogue> =>
  Object.fromEntries(Object.entries(areaFiles).filter(([file]) => file.endsWith(`.${language}.json`)));

export const uiLanguages = ['it', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

const storageKey = 'centralino-lab.language';

function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === 'en' ? 'en' : 'it';
  } catch {
    // Storage can be disabled (private mode, policies): Italian is the course's language.
    return 'it';
  }
}

/** Keeps the page's lang and title in step with the interface, for screen readers and the tab bar. */
function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.documentTitle');
}

export function setUiLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Not remembering the choice is acceptable; the switch still works for this page.
  }
  void i18next.changeLanguage(language);
}

export function currentLanguage(): UiLanguage {
  return i18next.resolvedLanguage === 'en' ? 'en' : 'it';
}

export async function setupI18n(): Promise<void> {
  i18next.on('languageChanged', reflectLanguage);
  await i18next.use(initReactI18next).init({
    resources: {
      it: { translation: mergeCatalogues(it, areasIn('it')) },
      en: { translation: mergeCatalogues(en, areasIn('en')) },
    },
    lng: storedLanguage(),
    fallbackLng: 'it',
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  reflectLanguage(currentLanguage());
}

export { i18next };
