import { taxCodeCheckCharacter } from '../../scenarios/company/taxCode.js';
import type { Result } from '../../protocol/result.js';

/** A valid codice fiscale from its first 15 characters. */
export const taxCode = (first15: string) => `${first15}${taxCodeCheckCharacter(first15)}`;

/** POSTs JSON as the console does, with the cookie; the body is the Result envelope. */
export async function postJson<T>(
  baseUrl: string,
  route: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; body: Result<T> }> {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    // As the console: a route whose body is null gets no body at all.
    headers: { ...(body === null ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    body: body === null ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

/** Three trainees of the demo class, as a secretary's Excel saves them (semicolons, BOM, CRLF). */
export const threeTrainees = (classId = 'aula-a') =>
  `\uFEFFNome;Cognome;Codice fiscale;E-mail;Classe\r\n` +
  `Anna;Esposito;${taxCode('SPSNNA90A41F839')};anna.esposito@example.it;${classId}\r\n` +
  `Luca;De Rosa;${taxCode('DRSLCU88C12F839')};luca.derosa@example.it;${classId}\r\n` +
  `Chiara;Russo;${taxCode('RSSCHR95E50F839')};chiara.russo@example.it;${classId}\r\n`;
