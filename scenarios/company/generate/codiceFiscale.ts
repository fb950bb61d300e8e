import codiceFiscaleModule from 'codice-fiscale-js';

/**
 * codice-fiscale-js ships CommonJS as `module.exports.CodiceFiscale`, while its typings declare a default
 * export; depending on the loader the default import is the class or the object holding it.
 */
type CodiceFiscaleClass = typeof codiceFiscaleModule;
const holdsClass = (value: unknown): value is { CodiceFiscale: CodiceFiscaleClass } =>
  typeof value === 'object' && value !== null && 'CodiceFiscale' in value;
const loaded: unknown = codiceFiscaleModule;
const CodiceFiscale: CodiceFiscaleClass = holdsClass(loaded) ? loaded.CodiceFiscale : codiceFiscaleModule;

/** The package's class, for tests that cross-check our own check-character code. */
export const codiceFiscalePackage = CodiceFiscale;

export interface TaxCodePerson {
  firstName: string;
  lastName: string;
  gender: 'M' | 'F';
  birthDate: string;
  /** An Italian comune, or a country's Italian name with province "EE". */
  birthplace: string;
  province: string;
}

export function computeTaxCode(person: TaxCodePerson): string {
  const [year, month, day] = person.birthDate.split('-').map(Number);
  return CodiceFiscale.compute({
    name: person.firstName,
    surname: person.lastName,
    gender: person.gender,
    day,
    month,
    year,
    birthplace: person.birthplace,
    birthplaceProvincia: person.province,
  });
}
