import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { Panel } from '../../ui/Panel.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { LookupSearchForm } from '../shared/LookupSearchForm.js';
import { useFocusWhenShown } from '../shared/useFocusWhenShown.js';
import { ArticleList } from './ArticleList.js';
import { ArticleView } from './ArticleView.js';

interface KnowledgePanelProps {
  view: CallView;
  act: Act | null;
  disabled: boolean;
}

/** Procedures, manuals and FAQs: search, read the summaries, open the article to follow its steps. */
export function KnowledgePanel({ view, act, disabled }: KnowledgePanelProps) {
  const { t } = useTranslation();
  const search = useActionRunner(act);
  const open = useActionRunner(act);
  const { lastArticleSearch: lastSearch, openArticle: article } = view;
  const { headingRef: articleHeading, focusWhenShown } = useFocusWhenShown(article);

  const onOpen = act
    ? (articleId: string) => {
        void open.run({ type: 'kb.open', articleId }).then(focusWhenShown);
      }
    : null;

  return (
    <Panel title={t('knowledge.title')} className="knowledge">
      {act ? (
        <LookupSearchForm
          label={t('knowledge.searchLabel')}
          placeholder={t('knowledge.searchPlaceholder')}
          buttonText={t('knowledge.search')}
          buttonName={t('knowledge.searchNamed')}
          disabled={disabled}
          pending={search.pending}
          onSearch={(query) => void search.run({ type: 'kb.search', query })}
        />
      ) : (
        lastSearch && <p className="muted">{t('knowledge.lastQuery', { query: lastSearch.query })}</p>
      )}
      <ErrorNote error={search.error} />
      {lastSearch && (
        <div className="search-results">
          <h3 className="subhead">{t('knowledge.results', { query: lastSearch.query })}</h3>
          {lastSearch.results.length === 0 ? (
            <p className="muted">{t('knowledge.noResults')}</p>
          ) : (
            <ScrollArea key={lastSearch.query} label={t('knowledge.resultsList')} className="lookup-results">
              <ArticleList
                articles={lastSearch.results}
                openArticleId={article?.id ?? null}
                onOpen={onOpen}
                disabled={disabled || open.pending}
              />
            </ScrollArea>
          )}
        </div>
      )}
      <ErrorNote error={open.error} />
      {article ? (
        <ArticleView article={article} headingRef={articleHeading} query={lastSearch?.query ?? null} />
      ) : (
        <p className="muted">{t('knowledge.noneOpen')}</p>
      )}
    </Panel>
  );
}
