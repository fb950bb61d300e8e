import type { Customer } from '../model/records.js';
import { computeTaxCode } from './codiceFiscale.js';
import type { PeopleAndPlaces } from './inputs.js';
import { addDays, dayBetween, type Rng } from './random.js';

/** A generated person: who they are and where they live, before any contract. */
export type Person = Omit<Customer, 'id' | 'customerCode' | 'contracts' | 'privacyConsent' | 'marketingConsent'>;

type Comune = PeopleAndPlaces['comuni'][number];
const mobilePrefixes = ['320', '328', '329', '333', '338', '339', '340', '347', '349', '351', '366', '380', '388', '392'];

/** Lower-case ASCII letters only, for e-mail addresses ("D'Angelo" → "dangelo"). */
const emailPart = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');

/** Keeps track of what must stay unique across all customers, the hand-written ones included. */
export class Uniques {
  readonly names = new Set<string>();
  readonly taxCodes = new Set<string>();
  readonly phones = new Set<string>();
  readonly emails = new Set<string>();

  constructor(existing: readonly Customer[]) {
    for (const customer of existing) {
      this.names.add(customer.fullName);
      this.taxCodes.add(customer.taxCode);
      this.phones.add(customer.phone);
      this.emails.add(customer.email);
    }
  }
}

export class PersonMaker {
  constructor(
    private readonly rng: Rng,
    private readonly places: PeopleAndPlaces,
    private readonly uniques: Uniques,
    private readonly referenceDate: string,
  ) {}

  private comune(): Comune {
    return this.rng.weighted(this.places.comuni.map((value) => ({ weight: value.weight, value })));
  }

  private name(gender: 'M' | 'F', foreignLocale: keyof Rng['foreign'] | null): { firstName: string; lastName: string } {
    const sex = gender === 'F' ? 'female' : 'male';
    if (foreignLocale) {
      const faker = this.rng.foreign[foreignLocale];
      return { firstName: faker.person.firstName(sex), lastName: faker.person.lastName() };
    }
    const { faker } = this.rng;
    const firstName = this.rng.chance(0.85) ? this.rng.pick(this.places.firstNames[sex]) : faker.person.firstName(sex);
    const lastName = this.rng.chance(0.6) ? this.rng.pick(this.places.surnames) : faker.person.lastName();
    return { firstName, lastName };
  }

  private phone(comune: Comune): string {
    for (;;) {
      const mobile = this.rng.chance(0.6);
      const prefix = mobile ? this.rng.pick(mobilePrefixes) : comune.prefix;
      const digits = prefix.length === 3 ? 4 : 3;
      const phone = `+39 ${prefix} 555 ${String(this.rng.int(0, 10 ** digits - 1)).padStart(digits, '0')}`;
      if (!this.uniques.phones.has(phone)) {
        this.uniques.phones.add(phone);
        return phone;
      }
    }
  }

  private email(firstName: string, lastName: string): string {
    const local = `${emailPart(firstName.split(' ')[0] ?? firstName)}.${emailPart(lastName)}`;
    for (let attempt = 0; ; attempt++) {
      const email = `${local}${attempt === 0 ? '' : String(this.rng.int(1, 99))}@example.invalid`;
      if (!this.uniques.emails.has(email)) {
        this.uniques.emails.add(email);
        return email;
      }
    }
  }

  /** One new person, with a valid tax code and a name that no other customer has. */
  make(): Person {
    for (;;) {
      const gender = this.rng.pick(['F', 'M'] as const);
      const origin = this.rng.weighted([
        { weight: 92, value: 'campania' as const },
        { weight: 4, value: 'italy' as const },
        { weight: 4, value: 'abroad' as const },
      ]);
      const foreign = origin === 'abroad' ? this.rng.pick(this.places.foreignOrigins) : null;
      const { firstName, lastName } = this.name(gender, foreign?.locale ?? null);
      const fullName = `${firstName} ${lastName}`;
      if (this.uniques.names.has(fullName)) continue;
      const home = this.comune();
      const birthplace = foreign
        ? { name: foreign.country, prov: 'EE' }
        : origin === 'italy'
          ? this.rng.pick(this.places.otherBirthplaces)
          : this.rng.chance(0.6)
            ? home
            : this.comune();
      const birthDate = dayBetween(this.rng, '1938-01-01', addDays(this.referenceDate, -18 * 366));
      const taxCode = computeTaxCode({ firstName, lastName, gender, birthDate, birthplace: birthplace.name, province: birthplace.prov });
      if (this.uniques.taxCodes.has(taxCode)) continue;
      this.uniques.names.add(fullName);
      this.uniques.taxCodes.add(taxCode);
      const street = `${this.rng.pick(this.places.streets)} ${this.rng.int(1, 240)}`;
      return {
        fullName,
        city: home.name,
        taxCode,
        birthDate,
        address: `${street}, ${this.rng.pick(home.caps)} ${home.name} (${home.prov})`,
        phone: this.phone(home),
        email: this.email(firstName, lastName),
      };
    }
  }
}
