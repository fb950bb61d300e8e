import type { CallView } from '../../../../scenarios/projection/callView.js';

/** What of a contact a template can be filled from: the open record, its history and this session's work. */
export type TemplateSource = Pick<CallView, 'openRecord' | 'openHistory' | 'tickets' | 'orders'>;

/** The first of `ids` that `texts` mention, in the order the texts are written. */
function firstMentioned(ids: readonly string[], texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const found = ids
      .map((id) => ({ id, at: text.indexOf(id) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (found) return found.id;
  }
  return undefined;
}

/**
 * What the console knows for a template's placeholders. An invoice or an order is filled only when the
 * latest ticket names one of the record's (or the order was placed in this contact): the console never guesses
 * which invoice a customer means; what it cannot know, the trainee types in before the template is inserted.
 */
export function templateValues(source: TemplateSource, agentName: string | null): Record<string, string> {
  const values: Record<string, string> = {};
  if (source.openRecord) values.customerName = source.openRecord.fullName;
  if (agentName) values.agentName = agentName;
  const ticket = source.tickets.at(-1);
  if (ticket) values.ticketId = ticket.ticketId;
  const ticketTexts = ticket
    ? [ticket.subject, ticket.description, ...ticket.updates.map((u) => u.note), ticket.escalation?.note ?? '']
    : [];
  const invoiceId = firstMentioned(source.openHistory?.invoices.map((i) => i.id) ?? [], ticketTexts);
  if (invoiceId) values.invoiceId = invoiceId;
  const orderId = source.orders.at(-1)?.orderId ?? firstMentioned(source.openHistory?.orders.map((o) => o.id) ?? [], ticketTexts);
  if (orderId) values.orderId = orderId;
  return values;
}
