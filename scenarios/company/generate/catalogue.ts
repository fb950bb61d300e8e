import type { Plan, Product, ProductFamily } from '../model/catalogue.js';
import { addDays, cents, euros, type Rng } from './random.js';

const warrantyTerms: Record<Product['kind'], (months: number, onLoan: boolean) => string> = {
  dispositivo: (months, onLoan) =>
    `Garanzia legale di conformità di ${months} mesi dalla consegna (Codice del Consumo).` +
    (onLoan ? " Se fornito in comodato d'uso con un'offerta, la sostituzione è gratuita per tutta la durata del contratto." : ''),
  accessorio: (months) => `Garanzia legale di conformità di ${months} mesi dalla consegna (Codice del Consumo).`,
  sim: () => "La SIM difettosa si sostituisce gratuitamente; il servizio segue le condizioni dell'offerta.",
  servizio: () => 'Servizio: non soggetto a garanzia di conformità; valgono le condizioni del servizio.',
};

function availabilityOf(rng: Rng, family: ProductFamily, referenceDate: string, supplied: boolean): Product['availability'] {
  if (family.kind === 'servizio' || family.kind === 'sim') return { status: 'disponibile', stock: null, restockOn: null };
  // What comes with a plan is always in stock while the plan is sold.
  if (supplied && !family.discontinued) return { status: 'disponibile', stock: rng.int(120, 400), restockOn: null };
  if (family.discontinued) {
    return family.launchedOn < '2020-01-01'
      ? { status: 'fuori produzione', stock: 0, restockOn: null }
      : { status: 'ultimi pezzi', stock: rng.int(1, 5), restockOn: null };
  }
  const status = rng.weighted([
    { weight: 75, value: 'disponibile' as const },
    { weight: 10, value: 'ultimi pezzi' as const },
    { weight: 10, value: 'esaurito' as const },
    { weight: 5, value: 'su ordinazione' as const },
  ]);
  if (status === 'disponibile') return { status, stock: rng.int(8, 180), restockOn: null };
  if (status === 'ultimi pezzi') return { status, stock: rng.int(1, 5), restockOn: null };
  return { status, stock: 0, restockOn: addDays(referenceDate, rng.int(5, 30)) };
}

/** Expands the hand-written families into product sheets, with stock and the compatibility graph. */
export function expandCatalogue(rng: Rng, families: readonly ProductFamily[], plans: readonly Plan[], referenceDate: string): Product[] {
  const suppliedWithPlans = new Set(plans.flatMap((plan) => plan.products));
  const expanded = families.flatMap((family) =>
    family.variants.map((variant) => ({
      family,
      product: {
        id: variant.id,
        name: variant.name,
        family: family.family,
        brand: family.brand,
        category: family.category,
        kind: family.kind,
        description: family.description,
        specs: [...family.specs, ...variant.specs],
        price: variant.price,
        monthlyInstalment: family.instalments ? euros(Math.ceil(cents(variant.price) / 30)) : null,
        availability: availabilityOf(rng, family, referenceDate, suppliedWithPlans.has(variant.id)),
        warranty: {
          months: family.warrantyMonths,
          terms: warrantyTerms[family.kind](family.warrantyMonths, suppliedWithPlans.has(variant.id)),
        },
        compatibleWith: [] as string[],
        plans: family.plans,
        launchedOn: family.launchedOn,
        tags: family.tags,
      } satisfies Product,
    })),
  );
  const compatible = new Map<string, Set<string>>(expanded.map(({ product }) => [product.id, new Set<string>()]));
  for (const accessory of expanded) {
    if (accessory.family.fits.length === 0) continue;
    for (const device of expanded) {
      if (device === accessory || !device.family.tags.some((tag) => accessory.family.fits.includes(tag))) continue;
      compatible.get(accessory.product.id)?.add(device.product.id);
      compatible.get(device.product.id)?.add(accessory.product.id);
    }
  }
  return expanded.map(({ product }) => ({ ...product, compatibleWith: [...(compatible.get(product.id) ?? [])].sort() }));
}
