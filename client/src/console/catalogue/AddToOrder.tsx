import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductSheet } from '../../../../protocol/events.js';
import type { DraftLine } from '../orders/orderDraft.js';
import { clampQuantity, maxQuantity } from '../orders/orderDraft.js';

export interface OrderDraftHooks {
  add: (line: DraftLine) => void;
  /** Moves to the new-order form in the work tabs. */
  show: () => void;
}

interface AddToOrderProps {
  product: ProductSheet;
  order: OrderDraftHooks;
  disabled: boolean;
}

/** From the product sheet into the order being written: how many, then add. */
export function AddToOrder({ product, order, disabled }: AddToOrderProps) {
  const { t } = useTranslation();
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const amount = clampQuantity(quantity);
    order.add({ productId: product.id, name: product.name, unitPrice: product.price, quantity: amount });
    setAdded(t('orders.added', { quantity: amount, name: product.name }));
  };

  return (
    <div className="add-to-order">
      <form className="inline-form" onSubmit={onSubmit}>
        <label className="add-to-order__quantity">
          {t('orders.quantity')}
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            required
            value={quantity}
            disabled={disabled}
            onChange={(event) => setQuantity(Number(event.target.value))}
          />
        </label>
        <button type="submit" disabled={disabled}>
          {t('orders.addToOrder')}
        </button>
      </form>
      <p role="status" className="saved-note">
        {added}
      </p>
      {added && (
        <button type="button" className="small" onClick={order.show}>
          {t('orders.goToOrder')}
        </button>
      )}
    </div>
  );
}
