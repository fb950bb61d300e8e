import { z } from 'zod';
import { identityChecks, type IdentityCheck } from '../../../protocol/vocabulary.js';
import type { Localized } from '../../../protocol/views.js';

/**
 * A procedure's rule for verifying a caller, as data: the KB article says it in words, this says it
 * for the scorer (e.g. KB-001: at least two of customer code, tax code, date of birth, address, besides
 * the name the caller gives). Rubrics reference the article instead of copying the rule, so the lab
 * scores identity the way the company's procedure asks.
 */
export const identityRuleSchema = z.object({
  /** Data that must all be among the checks. */
  required: z.array(z.enum(identityChecks)).default([]),
  /** How many of `of` must be among the checks. */
  atLeast: z.number().int().min(1),
  of: z.array(z.enum(identityChecks)).min(1),
});

export type IdentityRule = z.infer<typeof identityRuleSchema>;

export function meetsIdentityRule(checks: readonly IdentityCheck[], rule: IdentityRule): boolean {
  return rule.required.every((check) => checks.includes(check)) && rule.of.filter((check) => checks.includes(check)).length >= rule.atLeast;
}

const checkWords: Record<IdentityCheck, Localized> = {
  fullName: { it: 'nome e cognome', en: 'full name' },
  customerCode: { it: 'codice cliente', en: 'customer code' },
  taxCode: { it: 'codice fiscale', en: 'tax code' },
  birthDate: { it: 'data di nascita', en: 'date of birth' },
  address: { it: 'indirizzo', en: 'address' },
  phone: { it: 'telefono', en: 'phone' },
  email: { it: 'e-mail', en: 'e-mail' },
};

const list = (checks: readonly IdentityCheck[], lang: keyof Localized) => checks.map((check) => checkWords[check][lang]).join(', ');

/** The rule in words, for a verdict an assessor reads: "almeno 2 tra codice cliente, codice fiscale, …". */
export function identityRuleWords(rule: IdentityRule): Localized {
  const required = (lang: keyof Localized, plus: string) => (rule.required.length ? `${list(rule.required, lang)} ${plus} ` : '');
  return {
    it: `${required('it', 'e')}almeno ${rule.atLeast} tra ${list(rule.of, 'it')}`,
    en: `${required('en', 'and')}at least ${rule.atLeast} of ${list(rule.of, 'en')}`,
  };
}

export const identityChecksWords = (checks: readonly IdentityCheck[]): Localized => ({
  it: checks.length ? list(checks, 'it') : '—',
  en: checks.length ? list(checks, 'en') : '—',
});
