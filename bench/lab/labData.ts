import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sessionCookieName } from '../../protocol/http.js';
import { issueToken } from '../../server/auth/sessionToken.js';
import type { LabDocuments, StoredUser } from '../../server/store/documents.js';

export interface BenchUsers {
  dataDir: string;
  traineeIds: string[];
  /** One cookie per trainee socket, in pair order. */
  traineeCookies: string[];
  /** One cookie per observer socket, in pair order (instructors watch several sessions each). */
  observerCookies: string[];
}

/** Trainees an instructor looks after, as in a classroom; every instructor has this many observer sockets. */
export const traineesPerInstructor = 10;

const user = (id: string, role: StoredUser['role'], displayName: string): StoredUser => ({
  id,
  username: id,
  displayName,
  role,
  classId: role === 'trainee' || role === 'instructor' ? 'bench' : null,
  // Nobody logs in with a password here: the bench signs cookies itself.
  passwordHash: 'bench-no-password-login',
});

/**
 * A fresh data folder whose lab.json already holds N trainees, N/10 instructors and a cookie secret
 * we chose, so the bench signs each socket's `lab_session` cookie exactly as the server's
 * issueToken does, instead of N scrypt logins over HTTP.
 */
export async function prepareLabData(n: number): Promise<BenchUsers> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'lab-bench-'));
  const cookieSecret = randomBytes(32).toString('hex');
  const pad = (index: number) => String(index + 1).padStart(5, '0');
  const trainees = Array.from({ length: n }, (_, i) => user(`bench-trainee-${pad(i)}`, 'trainee', `Allievo ${pad(i)}`));
  const instructorCount = Math.max(1, Math.ceil(n / traineesPerInstructor));
  const instructors = Array.from({ length: instructorCount }, (_, i) =>
    user(`bench-instructor-${pad(i)}`, 'instructor', `Docente ${pad(i)}`),
  );
  const documents: LabDocuments = {
    cookieSecret,
    users: [...instructors, ...trainees],
    classes: [{ id: 'bench', name: 'Benchmark class', instructorIds: instructors.map((i) => i.id) }],
  };
  await writeFile(path.join(dataDir, 'lab.json'), JSON.stringify(documents));
  const now = Date.now();
  const cookieOf = (userId: string) => `${sessionCookieName}=${issueToken(cookieSecret, userId, now)}`;
  return {
    dataDir,
    traineeIds: trainees.map((t) => t.id),
    traineeCookies: trainees.map((t) => cookieOf(t.id)),
    observerCookies: trainees.map((_, i) => cookieOf(instructors[Math.floor(i / traineesPerInstructor)]!.id)),
  };
}
