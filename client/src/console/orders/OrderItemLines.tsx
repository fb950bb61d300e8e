import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../protocol/events.js';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';

/** An order's lines, "2 × Vesuvio Box Fibra 7 (179,00 €)": the same in the record's history and in this call's orders. */
export function OrderItemLines({ items }: { items: OrderSummary['items'] }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  return (
    <ul className="history-list__items">
      {items.map((item) => (
        <li key={item.productId}>
          {t('history.itemLine', { quantity: item.quantity, name: item.name, price: formatEuro(item.unitPrice, language) })}
        </li>
      ))}
    </ul>
  );
}
