import { z } from 'zod';
import { emailPattern } from './fieldPatterns.js';
import {
  editableCustomerFields,
  identityChecks,
  messageUrgencies,
  paymentMethods,
  ticketPriorities,
  ticketStatuses,
} from './vocabulary.js';

/** What a trainee can do at the console. Each becomes one or more events in the session log. */
const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be a short identifier');

const email = z.string().trim().max(254).regex(emailPattern, 'must be an e-mail address');

export const traineeActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('call.answer') }),
  z.object({ type: z.literal('reply'), text: text(1000) }),
  z.object({ type: z.literal('customer.search'), query: text(120) }),
  z.object({ type: z.literal('customer.open'), customerId: id }),
  z.object({
    type: z.literal('identity.verify'),
    customerId: id,
    checks: z.array(z.enum(identityChecks)).min(1).max(identityChecks.length),
  }),
  z.object({
    type: z.literal('ticket.create'),
    customerId: id.nullable(),
    category: id,
    priority: z.enum(ticketPriorities),
    subject: text(160),
    description: text(2000),
  }),
  z.object({ type: z.literal('ticket.escalate'), ticketId: id, department: id, note: text(1000) }),
  z.object({
    type: z.literal('product.search'),
    query: z.string().trim().max(120),
    /** Filters: a category, a top price in euros, only what can be sold now. */
    category: z.string().max(40).optional(),
    maxPrice: z.number().min(0).max(100_000).optional(),
    availableOnly: z.boolean().optional(),
  }),
  z.object({ type: z.literal('product.open'), productId: id }),
  z.object({ type: z.literal('kb.search'), query: text(120) }),
  z.object({ type: z.literal('kb.open'), articleId: id }),
  z.object({ type: z.literal('email.send'), to: email, subject: text(200), body: text(5000), template: id.nullable() }),
  z.object({
    type: z.literal('message.deliver'),
    recipient: id,
    callerName: text(120),
    callerNumber: z.string().trim().max(40),
    text: text(2000),
    urgency: z.enum(messageUrgencies),
  }),
  /** A warm transfer: the note tells the colleague who is on the line and why. */
  z.object({ type: z.literal('call.transfer'), department: id, note: z.string().trim().max(1000).optional() }),
  z.object({ type: z.literal('call.mute') }),
  z.object({ type: z.literal('call.unmute') }),
  z.object({
    type: z.literal('ticket.update'),
    ticketId: id,
    priority: z.enum(ticketPriorities).optional(),
    status: z.enum(ticketStatuses).optional(),
    note: text(1000),
  }),
  z.object({
    type: z.literal('order.place'),
    customerId: id,
    items: z
      .array(z.object({ productId: id, quantity: z.number().int().min(1).max(20) }))
      .min(1)
      .max(10),
    deliveryAddress: text(300),
    paymentMethod: z.enum(paymentMethods),
  }),
  z.object({ type: z.literal('order.cancel'), orderId: id, reason: text(500) }),
  z.object({
    type: z.literal('customer.update'),
    customerId: id,
    field: z.enum(editableCustomerFields),
    value: z.string().trim().max(300),
  }),
  z.object({ type: z.literal('call.hold') }),
  z.object({ type: z.literal('call.resume') }),
  z.object({ type: z.literal('call.hangUp') }),
  /** An inbound e-mail closed by the trainee, answered or not: it goes to after-contact work. */
  z.object({ type: z.literal('email.close') }),
  z.object({
    type: z.literal('wrapup.submit'),
    disposition: id,
    notes: z.string().trim().max(2000),
    /** What must happen next and when (a call-back, a check); empty when nothing is pending. */
    followUp: z.string().trim().max(500).optional(),
  }),
]);
export type TraineeAction = z.infer<typeof traineeActionSchema>;
export type TraineeActionType = TraineeAction['type'];
