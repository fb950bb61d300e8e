import { fail, type LabError } from '../../protocol/result.js';
import { classOfTrainee, type ClassDirectory } from '../classScope.js';

/**
 * Archiving a class closes its course: nothing more is launched to it or to its trainees (a call, a
 * class launch, a queue, a check), so a stale id kept in a browser tab or a script cannot reopen it.
 * The refusal, when the class or one of the trainees' classes is archived; null when the launch may go on.
 */
export function archivedRefusal(
  directory: ClassDirectory,
  target: { classId?: string | null; traineeIds?: readonly string[] },
): { ok: false; error: LabError } | null {
  const classes = [
    ...(target.classId ? [directory.classes.find((group) => group.id === target.classId)] : []),
    ...(target.traineeIds ?? []).map((id) => classOfTrainee(directory, id)),
  ];
  const archived = classes.find((group) => group?.archived);
  if (!archived) return null;
  return fail('INVALID_STATE', `Class ${archived.name} is archived: nothing is launched to it or to its trainees.`, {
    reason: 'classArchived',
    className: archived.name,
  });
}
