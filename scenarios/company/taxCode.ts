/**
 * The Italian tax code (codice fiscale) check character, written from the Ministry's algorithm so the
 * console and the tests can validate a code without the generator's library. Omocodia letters are accepted.
 */
const oddValues = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const shape = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

/** 0-25 for A-Z and 0-9 for digits, the "even position" value. */
function ordinal(char: string): number {
  const code = char.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** The 16th character for the first 15 (upper case). */
export function taxCodeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const value = ordinal(first15.charAt(i));
    // Positions are counted from 1, so index 0 is an odd position.
    sum += i % 2 === 0 ? (oddValues[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True when the code has the right shape and check character (case-insensitive, spaces ignored). */
export function isValidTaxCode(code: string): boolean {
  const normalized = code.replace(/\s+/g, '').toUpperCase();
  return shape.test(normalized) && taxCodeCheckCharacter(normalized.slice(0, 15)) === normalized.charAt(15);
}
