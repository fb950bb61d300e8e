import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../protocol/events.js';
import { ArticleTags } from './ArticleTags.js';
import { queryTerms } from './highlight.js';
import { Highlighted } from './Highlighted.js';

interface ArticleViewProps {
  article: Article;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The last search's words, marked in the article's text. */
  query?: string | null;
}

/** A knowledge-base article as the log kept it: each section's heading, paragraphs and numbered steps. */
export function ArticleView({ article, headingRef, query = null }: ArticleViewProps) {
  const { t } = useTranslation();
  const terms = query ? queryTerms(query) : [];
  const mark = (text: string) => <Highlighted text={text} terms={terms} />;
  return (
    <article className="record-card kb-article" aria-label={t('knowledge.article', { title: article.title })} lang={article.language}>
      <h3 className="subhead kb-article__title" ref={headingRef} tabIndex={-1}>
        {article.title}
      </h3>
      <p className="muted">
        <ArticleTags article={article} />
      </p>
      <p className="kb-article__summary">{mark(article.summary)}</p>
      {article.sections.map((section, index) => (
        <section key={`${index}-${section.heading}`} className="kb-article__section">
          <h4 className="subhead subhead--small">{mark(section.heading)}</h4>
          {section.paragraphs.map((paragraph, line) => (
            <p key={line}>{mark(paragraph)}</p>
          ))}
          {section.steps.length > 0 && (
            <ol className="kb-article__steps">
              {section.steps.map((step, line) => (
                <li key={line}>{mark(step)}</li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </article>
  );
}
