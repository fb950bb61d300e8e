import { describe, expect, it } from 'vitest';
import { loadCompany } from '../../scenarios/company/load.js';

const company = loadCompany();

const ids = <T extends { id: string }>(items: readonly T[]) => new Set(items.map((item) => item.id));
const customers = new Map(company.customers.map((c) => [c.id, c]));
const products = new Map(company.products.map((p) => [p.id, p]));
const orders = new Map(company.orders.map((o) => [o.id, o]));
const invoices = new Map(company.invoices.map((i) => [i.id, i]));
const planNames = new Set(company.plans.map((p) => p.name));
const departments = ids(company.departments);
const categories = new Set(company.ticketCategories.map((c) => c.code));
const dispositions = new Set(company.dispositions.map((d) => d.code));
const cents = (amount: number) => Math.round(amount * 100);
const contractOwner = new Map(company.customers.flatMap((c) => c.contracts.map((k) => [k.id, c.id] as const)));

describe('referential integrity of the generated records', () => {
  it('has unique ids everywhere', () => {
    const lists: (readonly { id: string }[])[] = [
      company.customers,
      company.products,
      company.plans,
      company.orders,
      company.invoices,
      company.pastTickets,
      company.knowledgeBase,
    ];
    for (const list of lists) {
      expect(ids(list).size).toBe(list.length);
    }
    expect(contractOwner.size).toBe(company.customers.reduce((n, c) => n + c.contracts.length, 0));
  });

  it('ties every contract to a plan by name', () => {
    for (const customer of company.customers)
      for (const contract of customer.contracts) expect(planNames, contract.id).toContain(contract.product);
  });

  it('ties orders to existing customers and products, with totals that add up and dates in order', () => {
    for (const order of company.orders) {
      expect(customers.has(order.customerId), order.id).toBe(true);
      const itemsCents = order.items.reduce((sum, item) => {
        expect(products.get(item.productId)?.name, order.id).toBe(item.name);
        return sum + cents(item.unitPrice) * item.quantity;
      }, 0);
      expect(cents(order.total)).toBe(itemsCents + cents(order.shippingFee));
      expect(order.placedOn <= company.referenceDate).toBe(true);
      const { shippedOn = null, deliveredOn = null } = order.shipping ?? {};
      if (shippedOn) expect(shippedOn >= order.placedOn).toBe(true);
      if (deliveredOn) expect(shippedOn !== null && deliveredOn >= shippedOn && deliveredOn <= company.referenceDate).toBe(true);
      if (order.status === 'consegnato' && order.shipping) expect(deliveredOn, order.id).not.toBeNull();
      expect(order.returnedOn !== null).toBe(order.status === 'reso');
    }
  });

  it("ties invoices to orders of the same customer or to the customer's own contracts, and their amounts add up", () => {
    for (const invoice of company.invoices) {
      expect(customers.has(invoice.customerId), invoice.id).toBe(true);
      if (invoice.kind === 'ordine') {
        const order = orders.get(invoice.orderId ?? '');
        expect(order?.customerId, invoice.id).toBe(invoice.customerId);
        expect(invoice.total).toBe(order?.total);
        expect(invoice.status === 'stornata').toBe(order?.status === 'reso');
      } else {
        expect(contractOwner.get(invoice.contractId ?? ''), invoice.id).toBe(invoice.customerId);
        expect(invoice.period).toMatch(/^\d{4}-\d{2}$/);
      }
      expect(cents(invoice.total)).toBe(invoice.lines.reduce((sum, line) => sum + cents(line.amount), 0));
      expect(cents(invoice.taxable) + cents(invoice.vat)).toBe(cents(invoice.total));
      expect(invoice.dueOn >= invoice.issuedOn && invoice.issuedOn <= company.referenceDate).toBe(true);
    }
    expect(company.orders.filter((o) => o.status !== 'annullato').every((o) => company.invoices.some((i) => i.orderId === o.id))).toBe(
      true,
    );
  });

  it("ties past tickets to the customer's own orders, invoices and contracts, and to real categories and departments", () => {
    for (const ticket of company.pastTickets) {
      expect(customers.has(ticket.customerId), ticket.id).toBe(true);
      if (ticket.orderId) expect(orders.get(ticket.orderId)?.customerId).toBe(ticket.customerId);
      if (ticket.invoiceId) expect(invoices.get(ticket.invoiceId)?.customerId).toBe(ticket.customerId);
      if (ticket.contractId) expect(contractOwner.get(ticket.contractId)).toBe(ticket.customerId);
      expect(categories).toContain(ticket.category);
      expect(departments).toContain(ticket.department);
      if (ticket.escalatedTo) expect(departments).toContain(ticket.escalatedTo);
      expect(dispositions).toContain(ticket.disposition);
      expect(ticket.subject).not.toMatch(/\{\w+\}/);
      expect(ticket.closedAt === null).toBe(ticket.status !== 'chiuso');
      if (ticket.closedAt) expect(ticket.closedAt > ticket.openedAt).toBe(true);
    }
    for (const invoice of company.invoices.filter((i) => i.status === 'contestata')) {
      expect(company.pastTickets.some((t) => t.invoiceId === invoice.id && t.status !== 'chiuso' && t.category === 'billing')).toBe(true);
    }
  });

  it('leaves the hand-written customers without generated orders or past tickets (their scenarios tell their story)', () => {
    const handWritten = (id: string) => Number(id.slice(1)) <= 8;
    expect(company.orders.filter((o) => handWritten(o.customerId))).toEqual([]);
    expect(company.pastTickets.filter((t) => handWritten(t.customerId))).toEqual([]);
    expect(company.invoices.filter((i) => handWritten(i.customerId)).every((i) => i.kind === 'canone' && i.status !== 'contestata')).toBe(
      true,
    );
  });

  it('links products to existing products and plans, and plans to the devices they supply', () => {
    const plans = ids(company.plans);
    for (const product of company.products) {
      for (const id of product.compatibleWith) expect(products.get(id)?.compatibleWith, `${product.id} ↔ ${id}`).toContain(product.id);
      for (const id of product.plans) expect(plans).toContain(id);
    }
    for (const plan of company.plans) for (const id of plan.products) expect(products.has(id), plan.id).toBe(true);
    expect(products.get('CASE-P7')?.compatibleWith).toEqual(['PHN-P7-128', 'PHN-P7-256']);
  });
});
