import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { Panel } from '../../ui/Panel.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { LookupSearchForm } from '../LookupSearchForm.js';
import type { OrderDraftHooks } from './AddToOrder.js';
import { ProductList } from './ProductList.js';
import { ProductSheetView } from './ProductSheetView.js';

interface CataloguePanelProps {
  view: CallView;
  act: Act | null;
  disabled: boolean;
  order?: OrderDraftHooks | null;
}

/** Products and services: search the catalogue, open a sheet, follow its compatible items. */
export function CataloguePanel({ view, act, disabled, order = null }: CataloguePanelProps) {
  const { t } = useTranslation();
  const search = useActionRunner(act);
  const open = useActionRunner(act);
  const sheetHeading = useRef<HTMLHeadingElement>(null);
  const [focusSheet, setFocusSheet] = useState(false);
  const { lastProductSearch: lastSearch, openProduct: product } = view;

  useEffect(() => {
    if (!focusSheet || !product) return;
    sheetHeading.current?.focus();
    setFocusSheet(false);
  }, [focusSheet, product]);

  const onOpen = act
    ? (productId: string) => {
        void open.run({ type: 'product.open', productId }).then((done) => setFocusSheet(done));
      }
    : null;

  return (
    <Panel title={t('catalogue.title')} className="catalogue">
      {act ? (
        <LookupSearchForm
          label={t('catalogue.searchLabel')}
          placeholder={t('catalogue.searchPlaceholder')}
          buttonText={t('catalogue.search')}
          buttonName={t('catalogue.searchNamed')}
          disabled={disabled}
          pending={search.pending}
          onSearch={(query) => void search.run({ type: 'product.search', query })}
        />
      ) : (
        lastSearch && <p className="muted">{t('catalogue.lastQuery', { query: lastSearch.query })}</p>
      )}
      <ErrorNote error={search.error} />
      {lastSearch && (
        <div className="search-results">
          <h3 className="subhead">{t('catalogue.results', { query: lastSearch.query })}</h3>
          {lastSearch.results.length === 0 ? (
            <p className="muted">{t('catalogue.noResults')}</p>
          ) : (
            // Keyed by the search, so a new list starts from its top.
            <ScrollArea key={lastSearch.query} label={t('catalogue.resultsList')} className="lookup-results">
              <ProductList products={lastSearch.results} openProductId={product?.id ?? null} onOpen={onOpen} disabled={disabled || open.pending} />
            </ScrollArea>
          )}
        </div>
      )}
      <ErrorNote error={open.error} />
      {product ? (
        <ProductSheetView
          product={product}
          onOpen={onOpen}
          disabled={disabled || open.pending}
          headingRef={sheetHeading}
          order={act ? order : null}
        />
      ) : (
        <p className="muted">{t('catalogue.noneOpen')}</p>
      )}
    </Panel>
  );
}
