import { z } from 'zod';
import { ticketPriorities } from '../../../protocol/vocabulary.js';
import { planKinds } from '../model/catalogue.js';
import { orderStatuses } from '../model/records.js';

/** Schemas of the generator's hand-written inputs: names and places, and the stories behind past tickets. */
export const peopleAndPlacesSchema = z.object({
  comuni: z.array(
    z.object({
      name: z.string(),
      prov: z.string().length(2),
      caps: z.array(z.string().regex(/^\d{5}$/)).min(1),
      prefix: z.string(),
      weight: z.number().positive(),
    }),
  ),
  otherBirthplaces: z.array(z.object({ name: z.string(), prov: z.string().length(2) })),
  foreignOrigins: z.array(z.object({ country: z.string(), locale: z.enum(['fr', 'de', 'es', 'en_GB', 'en_US']) })),
  streets: z.array(z.string()).min(10),
  firstNames: z.object({ female: z.array(z.string()).min(10), male: z.array(z.string()).min(10) }),
  surnames: z.array(z.string()).min(10),
  agents: z.array(z.string()).min(1),
  carriers: z.array(z.string()).min(1),
});

export const ticketStorySchema = z.object({
  category: z.string(),
  /** What the ticket refers to: one of the customer's contracts, orders or invoices, or nothing. */
  link: z.enum(['contract', 'order', 'invoice', 'none']),
  planKinds: z.array(z.enum(planKinds)).optional(),
  orderStatuses: z.array(z.enum(orderStatuses)).optional(),
  invoiceKind: z.enum(['ordine', 'canone']).optional(),
  /** The ticket disputes its invoice, which stays "contestata" while the ticket is open. */
  disputes: z.boolean().optional(),
  /** Only for customers who have withdrawn their marketing consent. */
  marketingChange: z.boolean().optional(),
  priority: z.enum(ticketPriorities),
  department: z.string(),
  escalatedTo: z.string().nullable(),
  disposition: z.string(),
  subject: z.string(),
  description: z.string(),
  /** null: still being worked on. */
  resolution: z.string().nullable(),
});

export type PeopleAndPlaces = z.infer<typeof peopleAndPlacesSchema>;
export type TicketStory = z.infer<typeof ticketStorySchema>;
