import { z } from 'zod';
import { localized } from './fields.js';
import type { Directory } from '../../../protocol/views.js';
import { customerSchema } from './records.js';

/** vesuvio-telecom.json: what the console's directory shows, and the hand-written customers C0001–C0008. */
const code = z.string().regex(/^[a-z0-9-]+$/);

export const directorySchema = z.object({
  company: z.object({ name: z.string(), notice: localized }),
  departments: z.array(
    z.object({
      id: code,
      name: localized,
      level: z.union([z.literal(1), z.literal(2)]),
      referent: z.string(),
      hours: z.string(),
      handles: localized,
    }),
  ),
  dispositions: z.array(z.object({ code, label: localized })),
  ticketCategories: z.array(z.object({ code, label: localized })),
  customers: z.array(customerSchema),
}) satisfies z.ZodType<Directory>;

export const metaSchema = z.object({
  notice: z.string(),
  generator: z.string(),
  seed: z.number().int(),
  referenceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  counts: z.record(z.string(), z.number().int()),
});
