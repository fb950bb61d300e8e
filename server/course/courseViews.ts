import type { CourseClass, CourseDirectory, StaffMember } from '../../protocol/courseAccounts.js';
import type { PublicUser } from '../../protocol/roles.js';
import standard from '../../scenarios/standard/operatore-call-center-inbound.json' with { type: 'json' };
import { runsClass } from '../classScope.js';
import type { LabDocuments, StoredClass } from '../store/documents.js';

/** A class made before classes had a course registration plans the standard's hours. */
export const standardHours: number = standard.minimumHours;

export function courseClassView(documents: LabDocuments, group: StoredClass): CourseClass {
  return {
    id: group.id,
    name: group.name,
    courseCode: group.courseCode ?? '',
    startDate: group.startDate ?? null,
    endDate: group.endDate ?? null,
    plannedHours: group.plannedHours ?? standardHours,
    instructorIds: group.instructorIds ?? [],
    assessorIds: group.assessorIds ?? [],
    archived: group.archived ?? false,
    trainees: documents.users
      .filter((user) => user.role === 'trainee' && user.classId === group.id)
      .map((user) => ({
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        taxCode: user.taxCode ?? null,
        email: user.email ?? null,
        deactivated: user.deactivated ?? false,
      })),
  };
}

/** What the course screen shows a user: the classes they run, and the staff the class form offers. */
export function courseDirectory(documents: LabDocuments, user: PublicUser): CourseDirectory {
  const staff: StaffMember[] = documents.users.flatMap((member) =>
    (member.role === 'instructor' || member.role === 'assessor') && !member.deactivated
      ? [{ id: member.id, displayName: member.displayName, role: member.role }]
      : [],
  );
  return {
    classes: documents.classes.filter((group) => runsClass(user, group)).map((group) => courseClassView(documents, group)),
    staff,
  };
}
