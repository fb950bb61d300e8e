import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../protocol/views.js';
import type { UiLanguage } from './setup.js';

/** Picks the interface language's text out of the server's bilingual labels. */
export function useLocalized(): { pick: (text: Localized) => string; language: UiLanguage } {
  const { i18n } = useTranslation();
  const language: UiLanguage = i18n.resolvedLanguage === 'en' ? 'en' : 'it';
  return { pick: (text: Localized) => text[language], language };
}
