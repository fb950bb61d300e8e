import type { CustomerRecord } from '../../../../protocol/events.js';
import { emailPattern, phonePattern } from '../../../../protocol/fieldPatterns.js';
import { editableCustomerFields, type EditableCustomerField } from '../../../../protocol/vocabulary.js';

export type EditableField = EditableCustomerField;

/** The protocol's correctable fields, in the order the form offers them. */
export const editableFieldList = editableCustomerFields;

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
