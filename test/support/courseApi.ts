import { taxCodeCheckCharacter } from '../../scenarios/company/taxCode.js';

/** A valid codice fiscale from its first 15 characters. */
export const taxCode = (first15: string) => `${first15}${taxCodeCheckCharacter(first15)}`;

/** One way to POST in every test: the console's, kept in reviewApi.ts. */
export { postJson } from './reviewApi.js';

/** Three trainees of the demo class, as a secretary's Excel saves them (semicolons, BOM, CRLF). */
export const threeTrainees = (classId = 'aula-a') =>
  `\uFEFFNome;Cognome;Codice fiscale;E-mail;Classe\r\n` +
  `Anna;Esposito;${taxCode('SPSNNA90A41F839')};anna.esposito@example.it;${classId}\r\n` +
  `Luca;De Rosa;${taxCode('DRSLCU88C12F839')};luca.derosa@example.it;${classId}\r\n` +
  `Chiara;Russo;${taxCode('RSSCHR95E50F839')};chiara.russo@example.it;${classId}\r\n`;
