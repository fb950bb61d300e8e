import type { PublicUser } from '../protocol/roles.js';
import type { LabDocuments, SessionRecord, StoredClass } from './store/documents.js';

/** Who is in which class and who teaches or assesses it: the part of the lab's documents scoping reads. */
export type ClassDirectory = Pick<LabDocuments, 'users' | 'classes'>;

/**
 * Whether a user may run a class (launch to it, open its practice catalogue, cancel its calls, see its
 * roster): admins every class, instructors the classes that name them, nobody else.
 */
export function runsClass(user: PublicUser, group: StoredClass | undefined): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'instructor' && group !== undefined && (group.instructorIds ?? []).includes(user.id);
}

/** Whether a user may read a class's sessions and progress: who runs it, and assessors unless the class names its own. */
export function readsClass(user: PublicUser, group: StoredClass | undefined): boolean {
  if (runsClass(user, group)) return true;
  if (user.role !== 'assessor') return false;
  return group?.assessorIds === undefined || group.assessorIds.includes(user.id);
}

export const classOfTrainee = (directory: ClassDirectory, traineeId: string): StoredClass | undefined => {
  const classId = directory.users.find((candidate) => candidate.id === traineeId)?.classId;
  return classId ? directory.classes.find((group) => group.id === classId) : undefined;
};

/** A trainee sees only their own sessions; observers those of the classes they run or read. */
export function canViewSession(user: PublicUser, record: Pick<SessionRecord, 'traineeId'>, directory: ClassDirectory): boolean {
  if (user.role === 'trainee') return record.traineeId === user.id;
  return readsClass(user, classOfTrainee(directory, record.traineeId));
}

/** Whether a user may read a trainee's progress: the trainee, and whoever reads the trainee's class. */
export const canViewTrainee = (user: PublicUser, traineeId: string, directory: ClassDirectory): boolean =>
  canViewSession(user, { traineeId }, directory);

/** Whether a user may launch to, or cancel the calls of, a trainee: whoever runs the trainee's class. */
export const runsTrainee = (user: PublicUser, traineeId: string, directory: ClassDirectory): boolean =>
  runsClass(user, classOfTrainee(directory, traineeId));
