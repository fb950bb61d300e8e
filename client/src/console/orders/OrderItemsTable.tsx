import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuro } from '../../i18n/formatters.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { draftTotal, maxQuantity, type DraftChange, type DraftLine } from './orderDraft.js';

interface OrderItemsTableProps {
  lines: DraftLine[];
  change: Dispatch<DraftChange>;
  disabled: boolean;
}

/** The order's lines: quantity editable, each line removable, the total below. */
export function OrderItemsTable({ lines, change, disabled }: OrderItemsTableProps) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  if (lines.length === 0) return <p className="muted">{t('orders.noItems')}</p>;
  return (
    <table className="data-table compact order-items">
      <caption className="sr-only">{t('orders.itemsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('orders.product')}</th>
          <th scope="col">{t('orders.quantity')}</th>
          <th scope="col">{t('orders.subtotal')}</th>
          <th scope="col">
            <span className="sr-only">{t('orders.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.productId}>
            <th scope="row">
              {line.name}
              <span className="block muted small-text">{t('orders.unitPrice', { price: formatEuro(line.unitPrice, language) })}</span>
            </th>
            <td>
              <input
                type="number"
                inputMode="numeric"
                className="quantity-input"
                min={1}
                max={maxQuantity}
                value={line.quantity}
                disabled={disabled}
                aria-label={t('orders.quantityOf', { name: line.name })}
                onChange={(event) => change({ type: 'quantity', productId: line.productId, quantity: Number(event.target.value) })}
              />
            </td>
            <td>{formatEuro(line.unitPrice * line.quantity, language)}</td>
            <td>
              <button
                type="button"
                className="small"
                disabled={disabled}
                aria-label={t('orders.removeNamed', { name: line.name })}
                onClick={() => change({ type: 'remove', productId: line.productId })}
              >
                {t('orders.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('orders.total')}
          </th>
          <td colSpan={2} className="order-items__total">
            {formatEuro(draftTotal(lines), language)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
