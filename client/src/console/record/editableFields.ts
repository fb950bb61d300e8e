import type { editableCustomerFields } from '../../../../protocol/actions.js';
import type { CustomerRecord } from '../../../../protocol/events.js';
import { emailPattern, phonePattern } from '../../../../protocol/fieldPatterns.js';

export type EditableField = (typeof editableCustomerFields)[number];

/**
 * The protocol's list of correctable fields, restated so the console does not bundle the zod schemas
 * it lives beside; the type below fails to compile if the two ever differ.
 */
export const editableFieldList = ['phone', 'email', 'address', 'marketingConsent', 'privacyConsent'] as const satisfies readonly EditableField[];

type Missing = Exclude<EditableField, (typeof editableFieldList)[number]>;
export const editableListIsComplete: [Missing] extends [never] ? true : never = true;

export type ConsentField = 'marketingConsent' | 'privacyConsent';
export const isConsentField = (field: EditableField): field is ConsentField => field === 'marketingConsent' || field === 'privacyConsent';

export const isEditableField = (value: string): value is EditableField => editableFieldList.some((field) => field === value);

/** The value as `customer.update` carries it: consents as "true" or "false", the rest as written. */
export function currentValue(record: CustomerRecord, field: EditableField): string {
  return isConsentField(field) ? String(record[field]) : record[field];
}


/** Why a new value cannot be recorded (an i18n key), or null when it can. */
export function invalidValueKey(field: EditableField, value: string): string | null {
  const text = value.trim();
  if (isConsentField(field)) return text === 'true' || text === 'false' ? null : 'correction.invalid.consent';
  if (text.length === 0) return 'correction.invalid.empty';
  if (text.length > 300) return 'correction.invalid.tooLong';
  if (field === 'email' && !emailPattern.test(text)) return 'correction.invalid.email';
  if (field === 'phone' && !phonePattern.test(text)) return 'correction.invalid.phone';
  if (field === 'address' && text.length < 8) return 'correction.invalid.address';
  return null;
}
