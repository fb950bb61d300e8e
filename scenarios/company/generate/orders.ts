import type { Product } from '../model/catalogue.js';
import type { Customer, Order } from '../model/records.js';
import { addDays, cents, dayBetween, daysBetween, earlierOf, euros, type Rng } from './random.js';

/** How often each category leads an order. */
const leadWeights: Partial<Record<Product['category'], number>> = {
  smartphone: 25,
  accessori: 28,
  audio: 10,
  'tv e video': 8,
  'casa smart': 10,
  'tablet e computer': 7,
  'modem e rete': 7,
  indossabili: 5,
};
const freeShippingFrom = 4900;
const shippingCents = 590;
const cashOnDeliveryCents = 400;

type Item = Order['items'][number];

function itemsFor(rng: Rng, products: readonly Product[], byId: Map<string, Product>, placedOn: string): Item[] {
  const onSale = products.filter((p) => p.launchedOn <= placedOn && p.availability.status !== 'fuori produzione' && p.kind !== 'sim');
  const category = rng.weighted(Object.entries(leadWeights).map(([value, weight]) => ({ value, weight: weight ?? 0 })));
  const leads = onSale.filter((p) => p.category === category);
  const lead = rng.pick(leads.length > 0 ? leads : onSale.filter((p) => p.kind === 'accessorio'));
  const items: Item[] = [
    { productId: lead.id, name: lead.name, quantity: lead.kind === 'accessorio' && rng.chance(0.15) ? 2 : 1, unitPrice: lead.price },
  ];
  const extras = lead.compatibleWith.flatMap((id) => {
    const extra = byId.get(id);
    return extra && extra.kind !== 'dispositivo' && extra.launchedOn <= placedOn ? [extra] : [];
  });
  if (extras.length > 0 && rng.chance(0.45)) {
    const extra = rng.pick(extras);
    items.push({ productId: extra.id, name: extra.name, quantity: 1, unitPrice: extra.price });
  }
  return items;
}

function statusFor(rng: Rng, age: number, inShop: boolean): Order['status'] {
  if (inShop) return rng.chance(0.03) ? 'reso' : 'consegnato';
  if (age <= 1) return rng.chance(0.3) ? 'ricevuto' : 'in preparazione';
  if (age <= 3) return rng.chance(0.3) ? 'in preparazione' : 'spedito';
  if (age <= 6) return rng.chance(0.5) ? 'spedito' : 'consegnato';
  return rng.weighted([
    { weight: 4, value: 'annullato' as const },
    { weight: 6, value: 'reso' as const },
    { weight: 90, value: 'consegnato' as const },
  ]);
}

/** Orders of the generated customers over two years, a tenth of them in the last three weeks (so some are still returnable). */
export function generateOrders(
  rng: Rng,
  customers: readonly Customer[],
  products: readonly Product[],
  carrier: string,
  count: number,
  referenceDate: string,
): Order[] {
  const byId = new Map(products.map((p) => [p.id, p]));
  const drafts = Array.from({ length: count }, () => {
    const customer = rng.pick(customers);
    const placedOn = rng.chance(0.1)
      ? dayBetween(rng, addDays(referenceDate, -20), referenceDate)
      : dayBetween(rng, addDays(referenceDate, -730), referenceDate);
    const channel = rng.weighted([
      { weight: 45, value: 'web' as const },
      { weight: 25, value: 'telefono' as const },
      { weight: 15, value: 'app' as const },
      { weight: 15, value: 'negozio' as const },
    ]);
    const inShop = channel === 'negozio';
    const items = itemsFor(rng, products, byId, placedOn);
    const itemsCents = items.reduce((sum, item) => sum + cents(item.unitPrice) * item.quantity, 0);
    const hasContract = customer.contracts.some((c) => c.status === 'attivo');
    const paymentMethod = inShop
      ? ('carta di credito' as const)
      : rng.weighted([
          { weight: 45, value: 'carta di credito' as const },
          { weight: 25, value: 'PayPal' as const },
          { weight: 5, value: 'bonifico' as const },
          { weight: itemsCents <= 50_000 ? 10 : 0, value: 'contrassegno' as const },
          { weight: hasContract ? 15 : 0, value: 'addebito in fattura' as const },
        ]);
    const shippingFee = inShop
      ? 0
      : (itemsCents >= freeShippingFrom ? 0 : shippingCents) + (paymentMethod === 'contrassegno' ? cashOnDeliveryCents : 0);
    const status = statusFor(rng, daysBetween(placedOn, referenceDate), inShop);
    const shipped = ['spedito', 'consegnato', 'reso'].includes(status);
    const shippedOn = inShop || !shipped ? null : addDays(placedOn, rng.int(1, 2));
    const deliveredOn = shippedOn && status !== 'spedito' ? earlierOf(addDays(shippedOn, rng.int(1, 4)), referenceDate) : null;
    const returnedOn = status === 'reso' ? earlierOf(addDays(deliveredOn ?? placedOn, rng.int(2, 13)), referenceDate) : null;
    const order: Omit<Order, 'id'> = {
      customerId: customer.id,
      placedOn,
      channel,
      status,
      items,
      shippingFee: euros(shippingFee),
      total: euros(itemsCents + shippingFee),
      paymentMethod,
      shipping: inShop
        ? null
        : {
            address: customer.address,
            carrier,
            trackingCode: shippedOn ? `CPE${String(rng.int(0, 9_999_999_999)).padStart(10, '0')}` : null,
            shippedOn,
            deliveredOn,
          },
      returnedOn,
    };
    return order;
  });
  drafts.sort((a, b) => a.placedOn.localeCompare(b.placedOn) || a.customerId.localeCompare(b.customerId));
  const perYear = new Map<string, number>();
  return drafts.map((draft) => {
    const year = draft.placedOn.slice(0, 4);
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    return { id: `ORD-${year}-${String(number).padStart(5, '0')}`, ...draft };
  });
}
