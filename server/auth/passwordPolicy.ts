import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordMinLength, type PasswordProblem } from '../../protocol/passwordRules.js';
import { normaliseUsername } from './username.js';

/** The ~49,000 most common passwords, shipped offline by zxcvbn-ts (a maintained list), compared lower-case. */
const commonPasswords = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/**
 * What is wrong with a new password, or null. Applies to every password a user chooses; the demo
 * accounts' short passwords exist only in demo mode and were never chosen through it.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < passwordMinLength) return 'tooShort';
  const folded = password.normalize('NFKC').toLowerCase();
  if (folded.includes(normaliseUsername(username))) return 'containsUsername';
  if (commonPasswords.has(folded)) return 'common';
  return null;
}
