import { Faker, base, de, en, en_GB, en_US, es, fr, it, type LocaleDefinition } from '@faker-js/faker';

/** The fixed seed and the day the generated data is "as of": regenerating gives byte-identical files. */
export const SEED = 20_261_120;
export const REFERENCE_DATE = '2026-11-20';

export type ForeignLocale = 'fr' | 'de' | 'es' | 'en_GB' | 'en_US';

export interface Rng {
  faker: Faker;
  foreign: Record<ForeignLocale, Faker>;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly { weight: number; value: T }[]): T;
}

export function createRng(seed = SEED): Rng {
  const faker = new Faker({ locale: [it, base], seed });
  const localeFaker = (locales: LocaleDefinition[], offset: number) => new Faker({ locale: [...locales, base], seed: seed + offset });
  return {
    faker,
    foreign: {
      fr: localeFaker([fr], 1),
      de: localeFaker([de], 2),
      es: localeFaker([es], 3),
      en_GB: localeFaker([en_GB, en], 4),
      en_US: localeFaker([en_US, en], 5),
    },
    int: (min, max) => faker.number.int({ min, max }),
    chance: (probability) => faker.number.float({ min: 0, max: 1 }) < probability,
    pick: (items) => faker.helpers.arrayElement(items),
    weighted: (items) => faker.helpers.weightedArrayElement(items.filter((item) => item.weight > 0)),
  };
}

const dayMs = 86_400_000;
const toTime = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

export function addDays(isoDate: string, days: number): string {
  return new Date(toTime(isoDate) + days * dayMs).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / dayMs);
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);
export const earlierOf = (a: string, b: string) => (a < b ? a : b);

/** A day in [from, to], both included. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, rng.int(0, Math.max(0, daysBetween(from, to))));
}

/** Euros from cents, without floating-point noise. */
export const euros = (cents: number) => Math.round(cents) / 100;
export const cents = (amount: number) => Math.round(amount * 100);
