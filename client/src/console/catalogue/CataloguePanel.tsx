import { lazy, Suspense, useState } from 'react';
import type { PlanView } from '../../../../protocol/views.js';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import { Panel } from '../../ui/Panel.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { useFocusWhenShown } from '../shared/useFocusWhenShown.js';
import type { OrderDraftHooks } from './AddToOrder.js';
import { CatalogueSearchForm } from './CatalogueSearchForm.js';
import { ProductList } from './ProductList.js';
import { ProductSheetView } from './ProductSheetView.js';

interface CataloguePanelProps {
  view: CallView;
  act: Act | null;
  disabled: boolean;
  order?: OrderDraftHooks | null;
  /** The plans of the console directory, for the comparison view. */
  plans?: PlanView[];
}

const PlanComparison = lazy(() => import('./PlanComparison.js'));

/** Products and services: search the catalogue, open a sheet, follow its compatible items. */
export function CataloguePanel({ view, act, disabled, order = null, plans = [] }: CataloguePanelProps) {
  const { t } = useTranslation();
  const search = useActionRunner(act);
  const open = useActionRunner(act);
  const [comparing, setComparing] = useState(false);
  const { lastProductSearch: lastSearch, openProduct: product } = view;
  const { headingRef: sheetHeading, focusWhenShown } = useFocusWhenShown(product);

  const onOpen = act
    ? (productId: string) => {
        void open.run({ type: 'product.open', productId }).then(focusWhenShown);
      }
    : null;

  return (
    <Panel title={t('catalogue.title')} className="catalogue">
      {act ? (
        <CatalogueSearchForm disabled={disabled} pending={search.pending} onSearch={(action) => void search.run(action)} />
      ) : (
        lastSearch && <p className="muted">{t('catalogue.lastQuery', { query: lastSearch.query })}</p>
      )}
      <ErrorNote error={search.error} />
      {plans.length > 0 && (
        <button type="button" aria-expanded={comparing} onClick={() => setComparing((value) => !value)}>
          {t('plans.open')}
        </button>
      )}
      {comparing && (
        <Suspense fallback={<p className="muted">{t('plans.loading')}</p>}>
          <PlanComparison plans={plans} />
        </Suspense>
      )}
      {lastSearch && (
        <div className="search-results">
          <h3 className="subhead">
            {lastSearch.query ? t('catalogue.results', { query: lastSearch.query }) : t('catalogueFilters.browseResults')}
          </h3>
          {lastSearch.results.length === 0 ? (
            <p className="muted">{t('catalogue.noResults')}</p>
          ) : (
            // Keyed by the search, so a new list starts from its top.
            <ScrollArea key={lastSearch.query} label={t('catalogue.resultsList')} className="lookup-results">
              <ProductList
                products={lastSearch.results}
                openProductId={product?.id ?? null}
                onOpen={onOpen}
                disabled={disabled || open.pending}
              />
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
