import { z } from 'zod';
import { languages, ticketPriorities } from '../../../protocol/vocabulary.js';
import { isoDate, localized } from './fields.js';
import { identityRuleSchema } from './identityRule.js';

/** Schemas of the hand-written content: knowledge base, process diagrams, escalation rules, organisation, e-mail templates. */

export const kbKinds = ['procedura', 'manuale', 'risoluzione problemi', 'faq'] as const;

export const kbArticleSchema = z.object({
  id: z.string().regex(/^KB-\d{3}$/),
  kind: z.enum(kbKinds),
  language: z.enum(['it', 'en']),
  title: z.string().min(5),
  summary: z.string().min(20),
  sections: z
    .array(
      z.object({
        heading: z.string().min(1),
        paragraphs: z.array(z.string().min(1)).default([]),
        /** Ordered steps or a list, shown as such. */
        steps: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
  tags: z.array(z.string()),
  products: z.array(z.string()).default([]),
  departments: z.array(z.string()).default([]),
  related: z.array(z.string()).default([]),
  updatedOn: isoDate,
  /** A verification procedure's rule as data (KB-001), read by rubrics that reference the article. */
  identityRule: identityRuleSchema.optional(),
});

const stepBase = { id: z.string(), text: localized, department: z.string().nullable().default(null) };
export const processStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), ...stepBase, next: z.string() }),
  z.object({ kind: z.literal('action'), ...stepBase, next: z.string() }),
  z.object({ kind: z.literal('decision'), ...stepBase, options: z.array(z.object({ label: localized, to: z.string() })).min(2) }),
  z.object({ kind: z.literal('end'), ...stepBase }),
]);

/** A process diagram: steps in reading order, with decision points that branch. */
export const processSchema = z.object({
  id: z.string(),
  title: localized,
  description: localized,
  articles: z.array(z.string()).default([]),
  steps: z.array(processStepSchema).min(3),
});

export const escalationRuleSchema = z.object({
  id: z.string(),
  topic: localized,
  ticketCategories: z.array(z.string()).min(1),
  firstLevel: z.string(),
  /** null when the first level closes every case of this kind. */
  secondLevel: z.string().nullable(),
  escalateWhen: localized,
  neverEscalate: localized.nullable(),
  suggestedPriority: z.enum(ticketPriorities),
  disposition: z.string(),
  responseTime: localized,
});

export const orgUnitSchema = z.object({
  department: z.string(),
  reportsTo: z.string().nullable(),
  deputy: z.string(),
  extension: z.string().regex(/^\d{3}$/),
  email: z.string().regex(/^[a-z0-9.-]+@example\.invalid$/),
  teamSize: z.number().int().positive(),
});

export const organisationSchema = z.object({
  head: z.object({ name: z.string(), role: localized, email: z.string() }),
  units: z.array(orgUnitSchema).min(8),
});

/** Every template is written in every language a contact can be in. */
export const templateLanguages = languages;
const templateText = z.object({ subject: z.string().min(3), body: z.string().min(20) });

export const emailTemplateSchema = z.object({
  id: z.string(),
  purpose: localized,
  ticketCategories: z.array(z.string()),
  placeholders: z.array(z.string()),
  translations: z.object({ it: templateText, en: templateText, fr: templateText, de: templateText, es: templateText }),
});

export type KbArticle = z.infer<typeof kbArticleSchema>;
export type ProcessStep = z.infer<typeof processStepSchema>;
export type ProcessDiagram = z.infer<typeof processSchema>;
export type EscalationRule = z.infer<typeof escalationRuleSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;
export type TemplateLanguage = (typeof templateLanguages)[number];
