import type { TFunction } from 'i18next';

/** "Re: subject", once: a subject that already starts with "Re:" is kept as it is. */
export function replySubject(subject: string | null, t: TFunction): string {
  if (!subject) return '';
  return /^\s*re\s*:/i.test(subject) ? subject : t('email.replySubject', { subject });
}
