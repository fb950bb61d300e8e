import { useTranslation } from 'react-i18next';
import type { ArticleSummary } from '../../../../protocol/events.js';
import { ArticleTags } from './ArticleTags.js';

interface ArticleListProps {
  articles: ArticleSummary[];
  openArticleId: string | null;
  onOpen: ((articleId: string) => void) | null;
  disabled: boolean;
}

/** Search results: title, kind, language and the summary that tells whether the article is the right one. */
export function ArticleList({ articles, openArticleId, onOpen, disabled }: ArticleListProps) {
  const { t } = useTranslation();
  return (
    <ul className="result-list article-list">
      {articles.map((article) => (
        <li key={article.id} className={article.id === openArticleId ? 'is-open' : undefined}>
          <span className="result-list__main">
            <strong lang={article.language}>{article.title}</strong>
          </span>
          <ArticleTags article={article} />
          <p className="article-list__summary" lang={article.language}>
            {article.summary}
          </p>
          {onOpen && (
            <button
              type="button"
              className="small"
              disabled={disabled}
              aria-label={t('knowledge.openNamed', { title: article.title })}
              onClick={() => onOpen(article.id)}
            >
              {t('knowledge.open')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
