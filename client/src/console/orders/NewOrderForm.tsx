import { useEffect, useRef, useState, type Dispatch, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../../protocol/result.js';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import type { DraftChange, DraftLine } from './orderDraft.js';
import { OrderItemsTable } from './OrderItemsTable.js';
import { isPaymentMethod, paymentLabel, paymentMethodList, type PaymentMethod } from './paymentMethods.js';

interface NewOrderFormProps {
  view: CallView;
  act: Act;
  disabled: boolean;
  lines: DraftLine[];
  change: Dispatch<DraftChange>;
  /** Bumped when the trainee asks to see the form (from a product sheet): the heading takes focus. */
  focusRequest: number;
}

/** A new order for the customer whose record is open: items from the catalogue, where to deliver, how to pay. */
export function NewOrderForm({ view, act, disabled, lines, change, focusRequest }: NewOrderFormProps) {
  const { t } = useTranslation();
  const record = view.openRecord;
  const [address, setAddress] = useState(record?.address ?? '');
  const [payment, setPayment] = useState<PaymentMethod | ''>('');
  const [invalid, setInvalid] = useState<LabError | null>(null);
  const [placed, setPlaced] = useState('');
  const place = useActionRunner(act);
  const heading = useRef<HTMLHeadingElement>(null);

  // The delivery address starts from the record (with this session's corrections), and follows it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another record opened resets the address even when both records share it
  useEffect(() => {
    setAddress(record?.address ?? '');
  }, [record?.id, record?.address]);

  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  // A complaint about the form goes once the trainee changes what it was about.
  // biome-ignore lint/correctness/useExhaustiveDependencies: any change to the order clears the complaint about it: the values are triggers
  useEffect(() => setInvalid(null), [lines, address, payment, record?.id]);

  const verified = record !== null && view.verified?.customerId === record.id;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPlaced('');
    const problem = !record
      ? 'orders.invalid.noCustomer'
      : lines.length === 0
        ? 'orders.invalid.noItems'
        : address.trim() === ''
          ? 'orders.invalid.noAddress'
          : payment === ''
            ? 'orders.invalid.noPayment'
            : null;
    setInvalid(problem ? { code: 'BAD_REQUEST', message: t(problem) } : null);
    if (problem || !record || payment === '') return;
    const items = lines.map(({ productId, quantity }) => ({ productId, quantity }));
    const sent = await place.run({
      type: 'order.place',
      customerId: record.id,
      items,
      deliveryAddress: address.trim(),
      paymentMethod: payment,
    });
    if (sent) {
      change({ type: 'clear' });
      setPayment('');
      setPlaced(t('orders.placed'));
    }
  };

  return (
    <form className="form-stack new-order" onSubmit={onSubmit} noValidate>
      <h3 className="subhead" ref={heading} tabIndex={-1}>
        {t('orders.newOrder')}
      </h3>
      {record ? (
        <p>
          {t('orders.customer', { name: record.fullName, code: record.customerCode })}{' '}
          <span className={`badge ${verified ? 'badge--ok' : 'badge--warn'}`}>
            {verified ? t('identity.verified') : t('identity.notVerified')}
          </span>
        </p>
      ) : (
        <p className="muted">{t('orders.noCustomer')}</p>
      )}
      <fieldset disabled={disabled || !record} className="plain">
        <OrderItemsTable lines={lines} change={change} disabled={disabled || !record} />
        <label>
          {t('orders.deliveryAddress')}
          <textarea rows={2} maxLength={300} value={address} onChange={(event) => setAddress(event.target.value)} />
        </label>
        <label>
          {t('orders.paymentMethod')}
          <select value={payment} onChange={(event) => setPayment(isPaymentMethod(event.target.value) ? event.target.value : '')}>
            <option value="">{t('common.choose')}</option>
            {paymentMethodList.map((method) => (
              <option key={method} value={method}>
                {paymentLabel(method, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={place.pending}>
          {t('orders.place')}
        </button>
      </fieldset>
      <ErrorNote error={invalid ?? place.error} plain={invalid !== null} />
      <p role="status" className="saved-note">
        {placed}
      </p>
    </form>
  );
}
