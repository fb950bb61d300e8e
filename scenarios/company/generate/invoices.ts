import type { Plan } from '../model/catalogue.js';
import type { Customer, Invoice, Order } from '../model/records.js';
import { addDays, cents, daysBetween, euros } from './random.js';

type Draft = Omit<Invoice, 'id' | 'taxable' | 'vat' | 'total'>;
const monthNames = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];
const pad = (n: number) => String(n).padStart(2, '0');

/** The months billed before the reference date, newest first: a month is billed on the 5th of the next. */
function billedPeriods(referenceDate: string, count: number): string[] {
  const [year = 0, month = 1, day = 1] = referenceDate.split('-').map(Number);
  const first = year * 12 + (month - 1) - (day >= 5 ? 1 : 2);
  return Array.from({ length: count }, (_, i) => `${Math.floor((first - i) / 12)}-${pad(((first - i) % 12) + 1)}`);
}

const periodStart = (period: string) => `${period}-01`;
const nextMonthStart = (period: string) => addDays(`${period}-28`, 4).slice(0, 8) + '01';
const periodLabel = (period: string) => `${monthNames[Number(period.slice(5)) - 1] ?? ''} ${period.slice(0, 4)}`;

function serviceInvoices(customer: Customer, plansByName: Map<string, Plan>, referenceDate: string): Draft[] {
  return customer.contracts.flatMap((contract) => {
    const plan = plansByName.get(contract.product);
    if (!plan || contract.status === 'cessato') return [];
    const periods = billedPeriods(referenceDate, contract.status === 'sospeso' ? 3 : 2);
    return periods.flatMap((period): Draft[] => {
      const start = periodStart(period);
      const end = nextMonthStart(period);
      if (contract.since >= end) return [];
      const issuedOn = addDays(end, 4);
      const dueOn = addDays(end, 24);
      const lines: Draft['lines'] = [];
      if (contract.since > start) {
        const share = daysBetween(contract.since, end) / daysBetween(start, end);
        lines.push({
          description: `Canone ${plan.name} dal ${contract.since} (quota giornaliera)`,
          amount: euros(cents(plan.monthlyFee) * share),
        });
        if (plan.activationFee > 0) lines.push({ description: 'Contributo di attivazione', amount: plan.activationFee });
      } else {
        lines.push({ description: `Canone ${plan.name} – ${periodLabel(period)}`, amount: plan.monthlyFee });
      }
      const status = dueOn > referenceDate ? 'da pagare' : contract.status === 'sospeso' ? 'scaduta' : 'pagata';
      return [{ customerId: customer.id, kind: 'canone', orderId: null, contractId: contract.id, period, issuedOn, dueOn, lines, status }];
    });
  });
}

function orderInvoice(order: Order, referenceDate: string): Draft | null {
  if (order.status === 'annullato') return null;
  const lines: Draft['lines'] = order.items.map((item) => ({
    description: item.quantity > 1 ? `${item.name} × ${item.quantity}` : item.name,
    amount: euros(cents(item.unitPrice) * item.quantity),
  }));
  if (order.shippingFee > 0) {
    lines.push({
      description: order.paymentMethod === 'contrassegno' ? 'Spedizione e contrassegno' : 'Spese di spedizione',
      amount: order.shippingFee,
    });
  }
  const dueOn =
    order.paymentMethod === 'bonifico'
      ? addDays(order.placedOn, 5)
      : order.paymentMethod === 'contrassegno'
        ? (order.shipping?.deliveredOn ?? addDays(order.placedOn, 7))
        : order.placedOn;
  const status = order.status === 'reso' ? 'stornata' : dueOn > referenceDate ? 'da pagare' : 'pagata';
  return {
    customerId: order.customerId,
    kind: 'ordine',
    orderId: order.id,
    contractId: null,
    period: null,
    issuedOn: order.placedOn,
    dueOn,
    lines,
    status,
  };
}

/** Invoices for the last months of every live contract and for every order not cancelled, numbered by date. */
export function generateInvoices(
  customers: readonly Customer[],
  plans: readonly Plan[],
  orders: readonly Order[],
  referenceDate: string,
): Invoice[] {
  const plansByName = new Map(plans.map((plan) => [plan.name, plan]));
  const drafts = [
    ...customers.flatMap((customer) => serviceInvoices(customer, plansByName, referenceDate)),
    ...orders.flatMap((order) => orderInvoice(order, referenceDate) ?? []),
  ];
  const key = (d: Draft) => `${d.issuedOn} ${d.kind} ${d.customerId} ${d.orderId ?? d.contractId ?? ''}`;
  drafts.sort((a, b) => key(a).localeCompare(key(b)));
  const perYear = new Map<string, number>();
  return drafts.map((draft) => {
    const year = draft.issuedOn.slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const totalCents = draft.lines.reduce((sum, line) => sum + cents(line.amount), 0);
    const taxableCents = Math.round(totalCents / 1.22);
    const { customerId, kind, orderId, contractId, period, issuedOn, dueOn, lines, status } = draft;
    return {
      id: `FT-${year}-${String(number).padStart(6, '0')}`,
      customerId,
      kind,
      orderId,
      contractId,
      period,
      issuedOn,
      dueOn,
      lines,
      taxable: euros(taxableCents),
      vat: euros(totalCents - taxableCents),
      total: euros(totalCents),
      status,
    };
  });
}
