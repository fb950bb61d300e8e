import type { TFunction } from 'i18next';
import type { ConsoleDirectory, Localized } from '../../../../protocol/views.js';

export interface Recipient {
  id: string;
  label: string;
}

/**
 * Who a message can be for: a department's shared desk (named with its referent) or a person of the
 * org chart (named with role and department). Both kinds of id are what `message.deliver` takes.
 */
export function messageRecipients(
  directory: ConsoleDirectory | null,
  t: TFunction,
  pick: (text: Localized) => string,
): { departments: Recipient[]; colleagues: Recipient[] } {
  const departmentName = (id: string | null) => {
    const department = directory?.departments.find((item) => item.id === id);
    return department ? pick(department.name) : t('messages.company');
  };
  return {
    departments: (directory?.departments ?? []).map((department) => ({
      id: department.id,
      label: t('common.departmentOption', { name: pick(department.name), referent: department.referent }),
    })),
    colleagues: (directory?.colleagues ?? []).map((colleague) => ({
      id: colleague.id,
      label: t('messages.colleagueOption', {
        name: colleague.name,
        role: t(`messages.role.${colleague.role}`),
        department: departmentName(colleague.department),
      }),
    })),
  };
}

/** A recipient id in words, or the id itself when the directory does not know it. */
export function recipientLabel(id: string, recipients: { departments: Recipient[]; colleagues: Recipient[] }): string {
  return [...recipients.departments, ...recipients.colleagues].find((item) => item.id === id)?.label ?? id;
}
