import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../protocol/events.js';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { AvailabilityBadge } from './AvailabilityBadge.js';

interface ProductListProps {
  products: ProductSummary[];
  openProductId: string | null;
  /** Null where the console is only watched: the list shows, nothing opens. */
  onOpen: ((productId: string) => void) | null;
  disabled: boolean;
}

/** Products as a search or a sheet lists them: name, brand, category, price and availability. */
export function ProductList({ products, openProductId, onOpen, disabled }: ProductListProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <ul className="result-list product-list">
      {products.map((product) => (
        <li key={product.id} className={product.id === openProductId ? 'is-open' : undefined}>
          <span className="product-list__text">
            <span>
              <strong>{product.name}</strong> <span className="code">{product.id}</span>
            </span>
            <span className="product-list__facts">
              {product.brand} · {t(`catalogue.categories.${product.category}`, { defaultValue: product.category })}
            </span>
            <span>
              <AvailabilityBadge availability={product.availability} />
            </span>
          </span>
          <span className="product-list__side">
            <span className="product-list__price">{formatEuro(product.price, language)}</span>
            {onOpen && (
              <button
                type="button"
                className="small"
                disabled={disabled}
                aria-label={t('catalogue.openNamed', { name: product.name })}
                onClick={() => onOpen(product.id)}
              >
                {t('catalogue.open')}
              </button>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
