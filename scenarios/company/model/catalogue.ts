import { z } from 'zod';
import { isoDate } from './fields.js';
import { productCategories } from '../../../protocol/catalogue.js';

/** Schemas of the catalogue: product sheets (devices, accessories, SIMs, services) and plans or offers. */
const euros = z.number().multipleOf(0.01).nonnegative();

export { productCategories };

/** What a product family and each of its product sheets both carry, in this order. */
const familyFields = {
  /** The product line it belongs to ("Partenope P7"): variants share it. */
  family: z.string(),
  brand: z.string(),
  category: z.enum(productCategories),
  kind: z.enum(['dispositivo', 'accessorio', 'sim', 'servizio']),
  description: z.string().min(20),
  specs: z.array(z.object({ label: z.string(), value: z.string() })),
};

export const availabilityStatuses = ['disponibile', 'ultimi pezzi', 'esaurito', 'su ordinazione', 'fuori produzione'] as const;

export const productSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
  name: z.string().min(3),
  ...familyFields,
  price: euros,
  /** Monthly instalment when the product can be paid on the bill (30 months), else null. */
  monthlyInstalment: euros.nullable(),
  /** stock is null for services, which are always available. */
  availability: z.object({
    status: z.enum(availabilityStatuses),
    stock: z.number().int().nonnegative().nullable(),
    restockOn: isoDate.nullable(),
  }),
  warranty: z.object({ months: z.number().int().nonnegative(), terms: z.string() }),
  /** Products this one works with (accessories ↔ devices). */
  compatibleWith: z.array(z.string()),
  /** Plans this product is meant for (a modem for fibre plans, a SIM for mobile plans). */
  plans: z.array(z.string()),
  launchedOn: isoDate,
  tags: z.array(z.string()),
});

export const planKinds = ['fibra', 'adsl', 'fwa', 'mobile', 'casa e mobile', 'tv'] as const;

export const planSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/),
  /** The name contracts carry in their `product` field. */
  name: z.string().min(3),
  kind: z.enum(planKinds),
  summary: z.string().min(10),
  monthlyFee: euros,
  activationFee: euros,
  commitmentMonths: z.number().int().min(0).max(24),
  earlyTerminationFee: euros,
  onSaleFrom: isoDate,
  /** null while the offer is sold; old contracts keep a withdrawn offer. */
  onSaleUntil: isoDate.nullable(),
  includes: z.array(z.string()).min(1),
  conditions: z.array(z.string()).min(1),
  /** Devices supplied or required with the plan. */
  products: z.array(z.string()),
  requirements: z.string().nullable(),
});

/** The hand-written product families the generator turns into product sheets. */
export const productFamilySchema = z.object({
  ...familyFields,
  warrantyMonths: z.number().int().nonnegative(),
  instalments: z.boolean(),
  launchedOn: isoDate,
  /** What this family is: matched against other families' `fits`. */
  tags: z.array(z.string()),
  /** Accessories: the tags of the devices they fit. */
  fits: z.array(z.string()),
  plans: z.array(z.string()),
  /** Soon withdrawn or already withdrawn from sale. */
  discontinued: z.boolean(),
  variants: z.array(z.object({ id: z.string(), name: z.string(), price: euros, specs: familyFields.specs })).min(1),
});

export type Product = z.infer<typeof productSchema>;
export type Plan = z.infer<typeof planSchema>;
export type ProductFamily = z.infer<typeof productFamilySchema>;
