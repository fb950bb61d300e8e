import type { Role } from '../protocol/roles.js';
import { hashPassword } from './auth/password.js';
import type { DocumentStore } from './store/documentStore.js';
import type { StoredUser } from './store/documents.js';

/** The demo accounts a newcomer logs in with; the README and the start output list them. */
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

/** On first start (no users yet) creates the demo class and accounts; later starts change nothing. */
export async function seedDemoData(documents: DocumentStore): Promise<boolean> {
  if (documents.data.users.length > 0) return false;
  const users: StoredUser[] = await Promise.all(
    demoAccounts.map(async ({ password, ...account }) => ({ id: `u-${account.username}`, ...account, passwordHash: await hashPassword(password) })),
  );
  await documents.update((data) => {
    data.classes.push(demoClass);
    data.users.push(...users);
  });
  return true;
}
