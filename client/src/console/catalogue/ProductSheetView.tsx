import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSheet } from '../../../../protocol/events.js';
import { AddToOrder, type OrderDraftHooks } from './AddToOrder.js';
import { PriceAndStock } from './PriceAndStock.js';
import { ScrollArea } from '../../ui/ScrollArea.js';
import { ProductList } from './ProductList.js';
import { SpecificationsTable } from './SpecificationsTable.js';

interface ProductSheetViewProps {
  product: ProductSheet;
  onOpen: ((productId: string) => void) | null;
  disabled: boolean;
  /** The sheet's heading takes focus when the trainee opens a product, so reading starts there. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Where the sheet can feed the new order; absent where the console is only watched. */
  order?: OrderDraftHooks | null;
}

/** The product sheet exactly as the log kept it when it was opened. */
export function ProductSheetView({ product, onOpen, disabled, headingRef, order = null }: ProductSheetViewProps) {
  const { t } = useTranslation();
  return (
    <article className="record-card product-sheet" aria-label={t('catalogue.sheet', { name: product.name })}>
      <h3 className="subhead product-sheet__name" ref={headingRef} tabIndex={-1}>
        {product.name}
      </h3>
      <p className="muted">
        <span className="code">{product.id}</span> · {product.brand} ·{' '}
        {t(`catalogue.categories.${product.category}`, { defaultValue: product.category })}
      </p>
      <p className="product-sheet__description">{product.description}</p>
      <PriceAndStock product={product} />
      {order && <AddToOrder key={product.id} product={product} order={order} disabled={disabled} />}
      <h4 className="subhead subhead--small">{t('catalogue.specifications')}</h4>
      <SpecificationsTable specifications={product.specifications} />
      <h4 className="subhead subhead--small">{t('catalogue.compatible')}</h4>
      {product.compatible.length === 0 ? (
        <p className="muted">{t('catalogue.noCompatible')}</p>
      ) : (
        <ScrollArea key={product.id} label={t('catalogue.compatibleList', { name: product.name })} className="lookup-results">
          <ProductList products={product.compatible} openProductId={null} onOpen={onOpen} disabled={disabled} />
        </ScrollArea>
      )}
      <h4 className="subhead subhead--small">{t('catalogue.plans')}</h4>
      {product.plans.length === 0 ? (
        <p className="muted">{t('catalogue.noPlans')}</p>
      ) : (
        <ul className="tag-list">
          {product.plans.map((plan) => (
            <li key={plan} className="code">
              {plan}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
