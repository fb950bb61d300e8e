import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { EnrolmentError, ImportRow, OneTimePassword, TraineeEnrolment } from '../../protocol/courseAccounts.js';
import type { PublicUser } from '../../protocol/roles.js';
import { isValidTaxCode } from '../../scenarios/company/taxCode.js';
import { hashPassword } from '../auth/password.js';
import { normaliseUsername } from '../auth/username.js';
import { runsClass } from '../classScope.js';
import type { LabDocuments, StoredClass, StoredUser } from '../store/documents.js';

const emailSchema = z.email();
export const normalTaxCode = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** A class named by its id or its course code, as a secretary's spreadsheet may name it. */
export const classNamed = (documents: LabDocuments, named: string): StoredClass | undefined =>
  documents.classes.find((group) => group.id === named) ?? documents.classes.find((group) => named !== '' && group.courseCode === named);

/** "Maria Grazia", "D'Angelo" → "maria.grazia.dangelo": ASCII, lower case, unique among the lab's users and the batch. */
function proposeUsername(trainee: TraineeEnrolment, taken: Set<string>): string {
  const ascii = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '');
  const base = [ascii(trainee.firstName), ascii(trainee.surname)].filter(Boolean).join('.').slice(0, 40) || 'allievo';
  let candidate = base;
  for (let n = 2; taken.has(normaliseUsername(candidate)); n++) candidate = `${base}${n}`;
  taken.add(normaliseUsername(candidate));
  return candidate;
}

/**
 * Checks a batch of enrolments against each other and against the lab: every row's problems, none
 * hidden behind the first, so a secretary mends the whole file at once.
 */
export function checkEnrolments(
  documents: LabDocuments,
  user: PublicUser,
  rows: readonly { line: number; trainee: TraineeEnrolment }[],
): ImportRow[] {
  const taken = new Set(documents.users.map((existing) => normaliseUsername(existing.username)));
  const enrolledCodes = new Set(documents.users.flatMap((existing) => (existing.taxCode ? [existing.taxCode] : [])));
  const firstLineOfCode = new Map<string, number>();
  return rows.map(({ line, trainee }) => {
    const errors: EnrolmentError[] = [];
    for (const field of ['firstName', 'surname', 'taxCode', 'email', 'classId'] as const)
      if (trainee[field].trim() === '') errors.push({ problem: 'missingField', field });
    const code = normalTaxCode(trainee.taxCode);
    if (code !== '' && !isValidTaxCode(code)) errors.push({ problem: 'badTaxCode', field: 'taxCode' });
    if (code !== '' && enrolledCodes.has(code)) errors.push({ problem: 'alreadyEnrolled', field: 'taxCode' });
    const earlier = firstLineOfCode.get(code);
    if (code !== '' && earlier !== undefined) errors.push({ problem: 'duplicateInFile', field: 'taxCode', line: earlier });
    else if (code !== '') firstLineOfCode.set(code, line);
    if (trainee.email !== '' && !emailSchema.safeParse(trainee.email).success) errors.push({ problem: 'badEmail', field: 'email' });
    const group = classNamed(documents, trainee.classId);
    if (trainee.classId !== '' && !group) errors.push({ problem: 'unknownClass', field: 'classId' });
    else if (group && !runsClass(user, group)) errors.push({ problem: 'notYourClass', field: 'classId' });
    else if (group?.archived) errors.push({ problem: 'archivedClass', field: 'classId' });
    return { line, trainee: { ...trainee, taxCode: code }, username: proposeUsername(trainee, taken), errors };
  });
}

/** A password to hand over on paper: 12 characters, unambiguous enough to type once before changing it. */
export const oneTimePassword = () => randomBytes(9).toString('base64url');

/** The accounts of checked, error-free rows, each with its one-time password (the users must change it at the first login). */
export async function accountsFor(
  documents: LabDocuments,
  rows: readonly ImportRow[],
): Promise<{ users: StoredUser[]; passwords: OneTimePassword[] }> {
  const made = await Promise.all(
    rows.map(async (row) => {
      const password = oneTimePassword();
      const displayName = `${row.trainee.firstName} ${row.trainee.surname}`;
      const user: StoredUser = {
        // The login token is dot-separated (auth/sessionToken.ts): ids never carry the username's dots.
        id: `u-${row.username.replaceAll('.', '-')}`,
        username: row.username,
        displayName,
        role: 'trainee',
        classId: classNamed(documents, row.trainee.classId)?.id ?? null,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        taxCode: row.trainee.taxCode,
        email: row.trainee.email,
      };
      return { user, password: { userId: user.id, username: user.username, displayName, password } };
    }),
  );
  return { users: made.map(({ user }) => user), passwords: made.map(({ password }) => password) };
}
