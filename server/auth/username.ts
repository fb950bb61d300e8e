/**
 * The one form of a username that logins are looked up by and login attempts are counted by: if the
 * two differed, " docente" and "docente" would be one account but two counters, and padding a name
 * would buy a guesser ten more tries each time. NFKC folds look-alikes (full-width letters, the
 * no-break space); the ends lose every Unicode space and invisible format character; case is ignored.
 */
export function normaliseUsername(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '')
    .toLowerCase();
}
