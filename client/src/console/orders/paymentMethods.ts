import type { TFunction } from 'i18next';
import type { paymentMethods } from '../../../../protocol/actions.js';

export type PaymentMethod = (typeof paymentMethods)[number];

/**
 * The protocol's payment methods (the company's own words) with the key of their label; restated so
 * the console does not bundle the zod schemas, and `satisfies` fails to compile if the lists differ.
 */
const labelKeys = {
  'carta di credito': 'card',
  PayPal: 'paypal',
  bonifico: 'bankTransfer',
  contrassegno: 'cashOnDelivery',
  'addebito in fattura': 'bill',
} as const satisfies Record<PaymentMethod, string>;

export const paymentMethodList = Object.keys(labelKeys) as PaymentMethod[];

export const isPaymentMethod = (value: string): value is PaymentMethod => value in labelKeys;

/** The label's i18n key; a method the lab does not know is shown as the company wrote it. */
export function paymentLabel(method: string, t: TFunction): string {
  return isPaymentMethod(method) ? t(`orders.payment.${labelKeys[method]}`, { defaultValue: method }) : method;
}
