import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../protocol/events.js';
import { currentLanguage } from '../../i18n/setup.js';

/** An article's code, kind and language, in the interface's language whatever the article's. */
export function ArticleTags({ article }: { article: ArticleSummary }) {
  const { t } = useTranslation();
  return (
    <span className="article-tags" lang={currentLanguage()}>
      <span className="code">{article.id}</span> ·{' '}
      <span className="badge badge--info">{t(`knowledge.kind.${article.kind}`, { defaultValue: article.kind })}</span> ·{' '}
      <span>{t('knowledge.languageIs', { language: t(`callLanguage.${article.language}`, { defaultValue: article.language }) })}</span>
    </span>
  );
}
