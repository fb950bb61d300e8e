import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';

interface OrderCancelControlProps {
  orderId: string;
  act: Act;
  disabled: boolean;
}

/** Cancelling an order takes two steps: open the control, give the reason, confirm. */
export function OrderCancelControl({ orderId, act, disabled }: OrderCancelControlProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useActionRunner(act);
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);

  const show = () => {
    setOpen(true);
    // The reason is the next thing to write: focus goes there once it is on screen.
    window.requestAnimationFrame(() => reasonBox.current?.focus());
  };
  const hide = () => {
    setOpen(false);
    cancel.clearError();
    toggle.current?.focus();
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text && (await cancel.run({ type: 'order.cancel', orderId, reason: text }))) setOpen(false);
  };

  return (
    <div className="order-cancel">
      <button
        ref={toggle}
        type="button"
        className="small"
        aria-expanded={open}
        aria-controls={formId}
        aria-label={t('orders.cancelNamed', { id: orderId })}
        disabled={disabled}
        onClick={() => (open ? hide() : show())}
      >
        {t('orders.cancel')}
      </button>
      <form id={formId} className="form-stack order-cancel__form" onSubmit={onSubmit} hidden={!open}>
        <label>
          {t('orders.cancelReason', { id: orderId })}
          <textarea ref={reasonBox} required rows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <div className="button-row">
          <button type="submit" className="danger small" disabled={disabled || cancel.pending || reason.trim() === ''}>
            {t('orders.cancelConfirm', { id: orderId })}
          </button>
          <button type="button" className="small" onClick={hide}>
            {t('orders.cancelKeep')}
          </button>
        </div>
        <ErrorNote error={cancel.error} />
      </form>
    </div>
  );
}
