/**
 * The lab's fixed words, stated once: the zod schemas (protocol, scenario format), the projection and
 * the console all take their lists from here. Plain data with no imports, so the console can use a list
 * or a type without bundling zod and every schema beside it.
 */

/** How much help a contact gives: suggested replies and hints, hints only, or none. */
export const launchModes = ['guided', 'standard', 'exam'] as const;
export type LaunchMode = (typeof launchModes)[number];

/** The modes a trainee may choose for a practice call (the exam is launched by an instructor). */
export const practiceModes = ['guided', 'standard'] as const satisfies readonly LaunchMode[];
export type PracticeMode = (typeof practiceModes)[number];

/** How a contact arrives: a call or an inbound e-mail. */
export const channels = ['phone', 'email'] as const;
export type Channel = (typeof channels)[number];

/** The languages a contact can be in (and the e-mail templates are written in). */
export const languages = ['it', 'en', 'fr', 'de', 'es'] as const;
export type Language = (typeof languages)[number];

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export const ticketStatuses = ['open', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const messageUrgencies = ['normal', 'urgent'] as const;
export type MessageUrgency = (typeof messageUrgencies)[number];

/** What a trainee may check to verify a caller's identity (an e-mail's sender: that it came from the address on record). */
export const identityChecks = ['fullName', 'customerCode', 'taxCode', 'birthDate', 'address', 'phone', 'email'] as const;
export type IdentityCheck = (typeof identityChecks)[number];

/** Customer data a trainee may correct or collect during a contact. */
export const editableCustomerFields = ['phone', 'email', 'address', 'marketingConsent', 'privacyConsent'] as const;
export type EditableCustomerField = (typeof editableCustomerFields)[number];

/** The company's payment methods, in its own words. */
export const paymentMethods = ['carta di credito', 'PayPal', 'bonifico', 'contrassegno', 'addebito in fattura'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** How a contact ended, as the scenario's script decides it ('transferred': the trainee passed the call on; 'notAnswered': it rang out or was cancelled). */
export const outcomes = [
  'resolved',
  'escalated',
  'messageTaken',
  'callerHungUp',
  'abandoned',
  'unresolved',
  'transferred',
  'notAnswered',
  'endedByInstructor',
] as const;
export type Outcome = (typeof outcomes)[number];

/** A contact that rang out, or that its instructor cancelled, before anybody answered it (the lab decides it, not the script). */
export const notAnswered = 'notAnswered' satisfies Outcome;

/** A live contact its instructor ended from the monitor: its log is kept and it is scored as it stood. */
export const endedByInstructor = 'endedByInstructor' satisfies Outcome;

/** Why a launch passed a trainee over: not logged in, on a break, or already on a contact. */
export const launchSkipReasons = ['notConnected', 'paused', 'onCall'] as const;
export type LaunchSkipReason = (typeof launchSkipReasons)[number];

/** The outcomes that count as resolved at the first contact (the KPI). */
export const firstContactOutcomes = ['resolved', 'messageTaken'] as const satisfies readonly Outcome[];

/** The session events a trainee's console work makes, which a script can react to and a rubric can look for. */
export const consoleEvents = [
  'call.answered',
  'customer.searched',
  'customer.opened',
  'identity.verified',
  'ticket.created',
  'ticket.escalated',
  'call.held',
  'call.resumed',
  'call.hungUp',
  'call.transferred',
  'email.closed',
  'ticket.updated',
  'product.searched',
  'product.opened',
  'kb.searched',
  'kb.opened',
  'email.sent',
  'message.delivered',
  'customer.updated',
  'order.placed',
  'order.cancelled',
  'wrapup.submitted',
] as const;
export type ConsoleEventType = (typeof consoleEvents)[number];
