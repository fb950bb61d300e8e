import { z } from 'zod';
import { isoDate } from './fields.js';
import type { CustomerRecord } from '../../../protocol/events.js';
import { ticketPriorities } from '../../../protocol/vocabulary.js';

/** Schemas of the company's generated records: customers, orders, invoices and past tickets. */
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local time YYYY-MM-DDTHH:mm');
const euros = z.number().multipleOf(0.01);

export const contractStatuses = ['attivo', 'sospeso', 'cessato'] as const;

export const customerSchema = z.object({
  id: z.string().regex(/^C\d{4}$/),
  customerCode: z.string().regex(/^VT-\d{6}$/),
  fullName: z.string().min(3),
  city: z.string().min(2),
  taxCode: z.string().regex(/^[A-Z0-9]{16}$/),
  birthDate: isoDate,
  address: z.string().min(5),
  phone: z.string().regex(/^\+39 \d{3,4} 555 \d{3,4}$/, 'must be in the fictional +39 … 555 … range'),
  email: z.string().regex(/^[a-z0-9.]+@example\.invalid$/, 'must be on example.invalid'),
  contracts: z.array(
    z.object({ id: z.string().regex(/^K-\d{5}$/), product: z.string(), status: z.enum(contractStatuses), since: isoDate }),
  ),
  privacyConsent: z.boolean(),
  marketingConsent: z.boolean(),
}) satisfies z.ZodType<CustomerRecord>;

export const orderStatuses = ['ricevuto', 'in preparazione', 'spedito', 'consegnato', 'annullato', 'reso'] as const;
export const orderSchema = z.object({
  id: z.string().regex(/^ORD-\d{4}-\d{5}$/),
  customerId: z.string(),
  placedOn: isoDate,
  channel: z.enum(['telefono', 'web', 'app', 'negozio']),
  status: z.enum(orderStatuses),
  items: z.array(z.object({ productId: z.string(), name: z.string(), quantity: z.number().int().positive(), unitPrice: euros })).min(1),
  /** Shipping and cash-on-delivery charges, included in the total. */
  shippingFee: euros,
  total: euros,
  paymentMethod: z.enum(['carta di credito', 'PayPal', 'bonifico', 'contrassegno', 'addebito in fattura']),
  /** null when collected in a shop. */
  shipping: z
    .object({
      address: z.string(),
      carrier: z.string(),
      trackingCode: z.string().nullable(),
      shippedOn: isoDate.nullable(),
      deliveredOn: isoDate.nullable(),
    })
    .nullable(),
  returnedOn: isoDate.nullable(),
});

export const invoiceStatuses = ['pagata', 'da pagare', 'scaduta', 'contestata', 'stornata'] as const;
export const invoiceSchema = z.object({
  id: z.string().regex(/^FT-\d{4}-\d{6}$/),
  customerId: z.string(),
  kind: z.enum(['ordine', 'canone']),
  orderId: z.string().nullable(),
  contractId: z.string().nullable(),
  /** The month a service invoice bills, YYYY-MM. */
  period: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  issuedOn: isoDate,
  dueOn: isoDate,
  lines: z.array(z.object({ description: z.string(), amount: euros })).min(1),
  taxable: euros,
  vat: euros,
  total: euros,
  status: z.enum(invoiceStatuses),
});

export const pastTicketSchema = z.object({
  id: z.string().regex(/^TT-\d{4}-\d{6}$/),
  customerId: z.string(),
  openedAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  channel: z.enum(['telefono', 'e-mail', 'chat', 'web']),
  category: z.string(),
  priority: z.enum(ticketPriorities),
  status: z.enum(['aperto', 'in lavorazione', 'chiuso']),
  openedBy: z.string(),
  department: z.string(),
  escalatedTo: z.string().nullable(),
  subject: z.string(),
  description: z.string(),
  resolution: z.string().nullable(),
  disposition: z.string(),
  orderId: z.string().nullable(),
  invoiceId: z.string().nullable(),
  contractId: z.string().nullable(),
});

export type Customer = z.infer<typeof customerSchema>;
export type Order = z.infer<typeof orderSchema>;
export type Invoice = z.infer<typeof invoiceSchema>;
export type PastTicket = z.infer<typeof pastTicketSchema>;
