import type { Plan } from '../model/catalogue.js';
import type { Customer, Invoice, Order, PastTicket } from '../model/records.js';
import type { TicketStory } from './inputs.js';
import { addDays, dayBetween, earlierOf, laterOf, type Rng } from './random.js';

type Draft = Omit<PastTicket, 'id'>;
type Link = {
  customerId: string;
  from: string;
  values: Record<string, string>;
  orderId: string | null;
  invoiceId: string | null;
  contractId: string | null;
};

/** How often each category comes up among past tickets. */
const categoryWeights: Record<string, number> = {
  'line-fault': 22,
  billing: 15,
  delivery: 10,
  'device-fault': 10,
  information: 10,
  order: 8,
  complaint: 7,
  website: 7,
  return: 6,
  privacy: 5,
};
const amount = (value: number) => value.toFixed(2).replace('.', ',');
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

export interface TicketSources {
  customers: readonly Customer[];
  plans: readonly Plan[];
  orders: readonly Order[];
  invoices: readonly Invoice[];
  agents: readonly string[];
  referenceDate: string;
}

function linkFor(rng: Rng, story: TicketStory, sources: TicketSources, kindOf: Map<string, Plan['kind']>): Link | null {
  const { customers, orders, invoices, referenceDate } = sources;
  // Only the generated customers get past tickets: the hand-written ones belong to the scenarios.
  const owners = new Set(customers.map((c) => c.id));
  const none = { orderId: null, invoiceId: null, contractId: null };
  if (story.link === 'contract') {
    const kinds = story.planKinds ?? [];
    const candidates = customers.flatMap((customer) =>
      customer.contracts.flatMap((contract) => {
        const kind = kindOf.get(contract.product);
        return kind && kinds.includes(kind) && contract.status !== 'cessato' ? [{ customer, contract }] : [];
      }),
    );
    if (candidates.length === 0) return null;
    const { customer, contract } = rng.pick(candidates);
    const from = dayBetween(rng, laterOf(contract.since, addDays(referenceDate, -1095)), referenceDate);
    return { ...none, customerId: customer.id, from, contractId: contract.id, values: { plan: contract.product, contract: contract.id } };
  }
  if (story.link === 'order') {
    const candidates = orders.filter((o) => (story.orderStatuses ?? ['consegnato', 'spedito', 'reso']).includes(o.status));
    if (candidates.length === 0) return null;
    const order = rng.pick(candidates);
    const from = order.shipping?.deliveredOn ?? order.placedOn;
    return {
      ...none,
      customerId: order.customerId,
      from,
      orderId: order.id,
      values: { order: order.id, product: order.items[0]?.name ?? '' },
    };
  }
  if (story.link === 'invoice') {
    const candidates = invoices.filter((i) => i.kind === story.invoiceKind && i.status !== 'stornata' && owners.has(i.customerId));
    if (candidates.length === 0) return null;
    const invoice = rng.pick(candidates);
    return {
      ...none,
      customerId: invoice.customerId,
      from: invoice.issuedOn,
      invoiceId: invoice.id,
      values: { invoice: invoice.id, amount: amount(invoice.total) },
    };
  }
  const pool = story.marketingChange ? customers.filter((c) => !c.marketingConsent) : customers;
  const from = dayBetween(rng, addDays(referenceDate, -600), addDays(referenceDate, -1));
  return { ...none, customerId: rng.pick(pool).id, from, values: {} };
}

/** "HH:mm" for minutes after midnight. */
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Past tickets told from the hand-written stories, each tied to a real contract, order or invoice of the customer.
 * Returns the tickets and the invoices their open disputes put in "contestata".
 */
export function generatePastTickets(
  rng: Rng,
  stories: readonly TicketStory[],
  sources: TicketSources,
  count: number,
): { tickets: PastTicket[]; disputed: Set<string> } {
  const kindOf = new Map(sources.plans.map((plan) => [plan.name, plan.kind]));
  const byCategory = Object.entries(categoryWeights).map(([category, weight]) => ({
    weight,
    value: stories.filter((s) => s.category === category),
  }));
  const drafts: Draft[] = [];
  const disputed = new Set<string>();
  while (drafts.length < count) {
    const story = rng.pick(rng.weighted(byCategory.filter((entry) => entry.value.length > 0)));
    const link = linkFor(rng, story, sources, kindOf);
    if (!link) continue;
    const openedOn = dayBetween(
      rng,
      earlierOf(addDays(link.from, 1), sources.referenceDate),
      earlierOf(addDays(link.from, 30), sources.referenceDate),
    );
    const recent = openedOn > addDays(sources.referenceDate, -3);
    const open = story.resolution === null || (recent && story.escalatedTo !== null);
    const closedOn = open ? null : earlierOf(addDays(openedOn, story.escalatedTo ? rng.int(1, 6) : 0), sources.referenceDate);
    const openedMinutes = rng.int(8 * 60, 20 * 60);
    const closedMinutes = closedOn === openedOn ? openedMinutes + rng.int(4, 40) : rng.int(8 * 60, 19 * 60);
    const openedAt = `${openedOn}T${clock(openedMinutes)}`;
    const closedAt = closedOn === null ? null : `${closedOn}T${clock(closedMinutes)}`;
    if (story.disputes && open && link.invoiceId) disputed.add(link.invoiceId);
    drafts.push({
      customerId: link.customerId,
      openedAt,
      closedAt,
      channel: rng.weighted([
        { weight: 70, value: 'telefono' as const },
        { weight: 15, value: 'e-mail' as const },
        { weight: 10, value: 'chat' as const },
        { weight: 5, value: 'web' as const },
      ]),
      category: story.category,
      priority: story.priority,
      status: open ? (story.escalatedTo ? 'in lavorazione' : 'aperto') : 'chiuso',
      openedBy: rng.pick(sources.agents),
      department: story.department,
      escalatedTo: story.escalatedTo,
      subject: fill(story.subject, link.values),
      description: fill(story.description, link.values),
      resolution: open || story.resolution === null ? null : fill(story.resolution, link.values),
      disposition: story.disposition,
      orderId: link.orderId,
      invoiceId: link.invoiceId,
      contractId: link.contractId,
    });
  }
  drafts.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.customerId.localeCompare(b.customerId));
  const perYear = new Map<string, number>();
  const tickets = drafts.map((draft) => {
    const year = draft.openedAt.slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    return { id: `TT-${year}-${String(number).padStart(6, '0')}`, ...draft };
  });
  return { tickets, disputed };
}
