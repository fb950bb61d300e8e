import type { TFunction } from 'i18next';
import { paymentMethods, type PaymentMethod } from '../../../../protocol/vocabulary.js';

export type { PaymentMethod };

/** The protocol's payment methods (the company's own words) with the key of their label; `satisfies` fails to compile if one lacks a label. */
const labelKeys = {
  'carta di credito': 'card',
  PayPal: 'paypal',
  bonifico: 'bankTransfer',
  contrassegno: 'cashOnDelivery',
  'addebito in fattura': 'bill',
} as const satisfies Record<PaymentMethod, string>;

export const paymentMethodList = paymentMethods;

export const isPaymentMethod = (value: string): value is PaymentMethod => value in labelKeys;

/** The label's i18n key; a method the lab does not know is shown as the company wrote it. */
export function paymentLabel(method: string, t: TFunction): string {
  return isPaymentMethod(method) ? t(`orders.payment.${labelKeys[method]}`, { defaultValue: method }) : method;
}
