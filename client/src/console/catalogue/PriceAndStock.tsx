import { useTranslation } from 'react-i18next';
import type { ProductSheet } from '../../../../protocol/events.js';
import { formatEuro, formatIsoDate } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { AvailabilityBadge } from './AvailabilityBadge.js';

/** What a caller asks first: how much, in instalments or not, whether it is in stock, and the warranty. */
export function PriceAndStock({ product }: { product: ProductSheet }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { monthlyInstalment, stock, restockOn, warranty } = product;
  return (
    <dl className="fact-grid product-facts">
      <div>
        <dt>{t('catalogue.price')}</dt>
        <dd className="product-facts__price">{formatEuro(product.price, language)}</dd>
      </div>
      <div>
        <dt>{t('catalogue.instalment')}</dt>
        <dd>
          {monthlyInstalment === null
            ? t('catalogue.noInstalment')
            : t('catalogue.instalmentValue', { amount: formatEuro(monthlyInstalment, language) })}
        </dd>
      </div>
      <div>
        <dt>{t('catalogue.availabilityLabel')}</dt>
        <dd>
          <AvailabilityBadge availability={product.availability} />
        </dd>
      </div>
      {stock !== null && (
        <div>
          <dt>{t('catalogue.stock')}</dt>
          <dd>{stock}</dd>
        </div>
      )}
      {restockOn !== null && (
        <div>
          <dt>{t('catalogue.restockOn')}</dt>
          <dd>{formatIsoDate(restockOn, language)}</dd>
        </div>
      )}
      <div>
        <dt>{t('catalogue.warranty')}</dt>
        <dd>{t('catalogue.warrantyMonths', { count: warranty.months })}</dd>
      </div>
      <div className="fact-grid__wide">
        <dt>{t('catalogue.warrantyTerms')}</dt>
        <dd>{warranty.terms}</dd>
      </div>
    </dl>
  );
}
