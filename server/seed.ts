import { randomBytes } from 'node:crypto';
import type { Role } from '../protocol/roles.js';
import { hashPassword } from './auth/password.js';
import { UserStore } from './auth/userStore.js';
import type { DocumentStore } from './store/documentStore.js';
import type { StoredUser } from './store/documents.js';

/** The demo accounts a newcomer logs in with in demo mode (LAB_DEMO=1, `npm run demo`); the README lists them. */
export const demoAccounts: { username: string; password: string; displayName: string; role: Role; classId: string | null }[] = [
  { username: 'docente', password: 'docente', displayName: 'Prof.ssa Rosa Iovino', role: 'instructor', classId: 'aula-a' },
  { username: 'valutatore', password: 'valutatore', displayName: 'Dott. Enzo Palumbo', role: 'assessor', classId: null },
  { username: 'admin', password: 'admin', displayName: 'Amministrazione ente', role: 'admin', classId: null },
  { username: 'allievo1', password: 'allievo', displayName: 'Giulia Conte', role: 'trainee', classId: 'aula-a' },
  { username: 'allievo2', password: 'allievo', displayName: 'Marco Sorrentino', role: 'trainee', classId: 'aula-a' },
  { username: 'allievo3', password: 'allievo', displayName: 'Federica Amato', role: 'trainee', classId: 'aula-a' },
  { username: 'allievo4', password: 'allievo', displayName: 'Antonio Caputo', role: 'trainee', classId: 'aula-a' },
];

export const demoClass = { id: 'aula-a', name: 'Operatore call center Inbound - Aula A (demo)', instructorIds: ['u-docente'] };

/**
 * Demo mode's first start (no users yet): the demo class and accounts, their passwords flagged as
 * the well-known demo ones, which the lab accepts only in demo mode. Later starts change nothing.
 */
export async function seedDemoData(documents: DocumentStore): Promise<boolean> {
  const users = new UserStore(documents);
  if (users.all().length > 0) return false;
  const accounts: StoredUser[] = await Promise.all(
    demoAccounts.map(async ({ password, ...account }) => ({
      id: `u-${account.username}`,
      ...account,
      passwordHash: await hashPassword(password),
      demoPassword: true,
    })),
  );
  await documents.update((data) => void data.classes.push(demoClass));
  await users.add(accounts);
  return true;
}

/**
 * Any other first start: one administrator, `admin`, with a random password returned once (for the
 * start output to show) and to be changed at the first login. Null when the lab already has users.
 */
export async function seedFirstAdmin(documents: DocumentStore): Promise<string | null> {
  const users = new UserStore(documents);
  if (users.all().length > 0) return null;
  const password = randomBytes(12).toString('base64url');
  await users.add([
    {
      id: 'u-admin',
      username: 'admin',
      displayName: 'Amministrazione ente',
      role: 'admin',
      classId: null,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    },
  ]);
  return password;
}
