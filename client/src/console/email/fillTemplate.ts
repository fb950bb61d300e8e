import type { EmailTemplateView } from '../../../../protocol/views.js';

export type TemplateLanguage = keyof EmailTemplateView['translations'];

const placeholder = /\{\{(\w+)\}\}/g;

/** Fills the {{placeholders}} the console knows; the others stay in the text for the trainee to complete. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(placeholder, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders still left in a draft, each once, in order. */
export function openPlaceholders(...texts: string[]): string[] {
  const names = texts.flatMap((text) => [...text.matchAll(placeholder)].map((match) => match[1] ?? ''));
  return [...new Set(names)].filter(Boolean);
}

/**
 * A template's subject and body in the contact's language (Italian if it has none), filled; `missing` names
 * the placeholders nothing fills: such a draft is not inserted, so no `{{…}}` ever reaches a customer.
 */
export function templateDraft(
  template: EmailTemplateView,
  language: string,
  values: Record<string, string>,
): { subject: string; body: string; missing: string[] } {
  const known = (code: string): code is TemplateLanguage => Object.hasOwn(template.translations, code);
  const translation = template.translations[known(language) ? language : 'it'];
  const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));
  const subject = fillPlaceholders(translation.subject, filled);
  const body = fillPlaceholders(translation.body, filled);
  return { subject, body, missing: openPlaceholders(subject, body) };
}
