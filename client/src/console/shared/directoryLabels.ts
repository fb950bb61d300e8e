import type { Directory, Localized } from '../../../../protocol/views.js';

type Lookup = (code: string) => Localized | null;

/** Codes in the log stay codes; the directory turns them into words, or the code shows as is. */
export function directoryLookups(directory: Directory | null): { category: Lookup; department: Lookup; disposition: Lookup } {
  const find = <T>(items: T[] | undefined, match: (item: T) => boolean, label: (item: T) => Localized) => {
    const item = items?.find(match);
    return item ? label(item) : null;
  };
  return {
    category: (code) =>
      find(
        directory?.ticketCategories,
        (item) => item.code === code,
        (item) => item.label,
      ),
    department: (code) =>
      find(
        directory?.departments,
        (item) => item.id === code,
        (item) => item.name,
      ),
    disposition: (code) =>
      find(
        directory?.dispositions,
        (item) => item.code === code,
        (item) => item.label,
      ),
  };
}
