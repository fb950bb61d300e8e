import type { Plan } from '../model/catalogue.js';
import type { Customer } from '../model/records.js';
import type { PeopleAndPlaces } from './inputs.js';
import { PersonMaker, Uniques } from './people.js';
import { addDays, dayBetween, daysBetween, earlierOf, laterOf, type Rng } from './random.js';

type Contract = Customer['contracts'][number];
const homeKinds: readonly Plan['kind'][] = ['fibra', 'adsl', 'fwa', 'casa e mobile'];
/** How often each plan is chosen, when it was on sale. */
const planWeights: Record<string, number> = {
  'FIBRA-1G': 30,
  'FIBRA-300': 18,
  'FIBRA-2G5': 6,
  'ADSL-20': 10,
  'FWA-100': 7,
  'COMBO-PARTENOPE': 10,
  'MOBILE-50': 12,
  'MOBILE-100': 20,
  'MOBILE-UNL': 10,
  'MOBILE-U30': 8,
  'TV-VESUVIO': 10,
};

interface Counters {
  customerCode: number;
  contract: number;
}

function contractFor(
  rng: Rng,
  plans: readonly Plan[],
  birthDate: string,
  referenceDate: string,
  notBefore: string,
): Omit<Contract, 'id'> | null {
  const adultFrom = laterOf(addDays(birthDate, 18 * 366), notBefore);
  const plan = rng.weighted(plans.map((value) => ({ weight: planWeights[value.id] ?? 5, value })));
  const from = laterOf(laterOf(plan.onSaleFrom, adultFrom), '2015-01-01');
  let to = earlierOf(plan.onSaleUntil ?? referenceDate, addDays(referenceDate, -10));
  // The under-30 plan needs the customer under 30 when signing.
  if (plan.id === 'MOBILE-U30') to = earlierOf(to, addDays(birthDate, 30 * 365));
  if (daysBetween(from, to) < 0) return null;
  const since = dayBetween(rng, from, to);
  const legacy = plan.onSaleUntil !== null;
  const status = rng.weighted([
    { weight: legacy ? 55 : 82, value: 'attivo' as const },
    { weight: 4, value: 'sospeso' as const },
    { weight: legacy ? 41 : 14, value: 'cessato' as const },
  ]);
  return { product: plan.name, status, since };
}

/** 1 to 3 contracts: a home line or a SIM first, then SIMs or TV; never two home lines. */
function contractsFor(rng: Rng, plans: readonly Plan[], birthDate: string, referenceDate: string, counters: Counters): Contract[] {
  const wanted = rng.weighted([
    { weight: 55, value: 1 },
    { weight: 35, value: 2 },
    { weight: 10, value: 3 },
  ]);
  const home = plans.filter((plan) => homeKinds.includes(plan.kind));
  const mobile = plans.filter((plan) => plan.kind === 'mobile');
  const tv = plans.filter((plan) => plan.kind === 'tv');
  const contracts: Omit<Contract, 'id'>[] = [];
  for (let attempt = 0; contracts.length < wanted && attempt < 12; attempt++) {
    const homeLine = contracts.find((c) => home.some((plan) => plan.name === c.product));
    const pool = contracts.length === 0 ? (rng.chance(0.7) ? home : mobile) : homeLine && rng.chance(0.3) ? tv : mobile;
    if (pool === tv && contracts.some((c) => tv.some((plan) => plan.name === c.product))) continue;
    // TV needs the home line first.
    const contract = contractFor(rng, pool, birthDate, referenceDate, pool === tv && homeLine ? homeLine.since : '2015-01-01');
    if (contract) contracts.push(contract);
  }
  // TV rides on the home line: it ends with it.
  const homeLine = contracts.find((c) => home.some((plan) => plan.name === c.product));
  for (const contract of contracts) {
    if (homeLine?.status === 'cessato' && tv.some((plan) => plan.name === contract.product)) contract.status = 'cessato';
  }
  contracts.sort((a, b) => a.since.localeCompare(b.since));
  return contracts.map((contract) => ({ id: `K-${counters.contract++}`, ...contract }));
}

/** Generated customers C0009 onwards, after the hand-written ones, none sharing a name, tax code, phone or e-mail with them. */
export function generateCustomers(
  rng: Rng,
  fixed: readonly Customer[],
  plans: readonly Plan[],
  places: PeopleAndPlaces,
  count: number,
  referenceDate: string,
): Customer[] {
  const maker = new PersonMaker(rng, places, new Uniques(fixed), referenceDate);
  const counters: Counters = { customerCode: 100_300, contract: 56_001 };
  const customers: Customer[] = [];
  while (customers.length < count) {
    const person = maker.make();
    const contracts = contractsFor(rng, plans, person.birthDate, referenceDate, counters);
    if (contracts.length === 0) continue;
    counters.customerCode += rng.int(1, 7);
    customers.push({
      id: `C${String(fixed.length + customers.length + 1).padStart(4, '0')}`,
      customerCode: `VT-${counters.customerCode}`,
      ...person,
      contracts,
      privacyConsent: rng.chance(0.97),
      marketingConsent: rng.chance(0.42),
    });
  }
  return customers;
}
