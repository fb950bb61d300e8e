import { fail, type LabError } from '../../protocol/result.js';
import { classOfTrainee, type ClassDirectory } from '../classScope.js';

/**
 * What an archived class refuses, each said in its own words: a launch to it or its trainees (a call,
 * a class launch, a queue, a check), a trainee's own practice call, a change to its practice catalogue.
 */
const refusals = {
  classArchived: (name: string) => `Class ${name} is archived: nothing is launched to it or to its trainees.`,
  classArchivedPractice: (name: string) => `Your class ${name} is archived: no practice call can be started; your calls can still be read.`,
  classArchivedReadOnly: (name: string) => `Class ${name} is archived and read-only: its practice catalogue can no longer be changed.`,
} as const;
export type ArchivedRefusal = keyof typeof refusals;

/**
 * Archiving a class closes its course: it is read-only. No call of any kind starts in it (launched,
 * queued, a check's, a trainee's own practice) and nothing of it is changed, so a stale id kept in a
 * browser tab or a script cannot reopen it; its records stay readable. The refusal, when the class or
 * one of the trainees' classes is archived; null when the request may go on.
 */
export function archivedRefusal(
  directory: ClassDirectory,
  target: { classId?: string | null; traineeIds?: readonly string[] },
  reason: ArchivedRefusal = 'classArchived',
): { ok: false; error: LabError } | null {
  const classes = [
    ...(target.classId ? [directory.classes.find((group) => group.id === target.classId)] : []),
    ...(target.traineeIds ?? []).map((id) => classOfTrainee(directory, id)),
  ];
  const archived = classes.find((group) => group?.archived);
  if (!archived) return null;
  return fail('INVALID_STATE', refusals[reason](archived.name), { reason, className: archived.name });
}
