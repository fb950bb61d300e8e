/** A value a `where` pattern can require of an event's field. */
export type Scalar = string | number | boolean;

/** Whether an event's data has every `where` field: the script's triggers and the rubric's patterns both mean this. */
export function fieldsMatch(data: object, where: Record<string, Scalar> | undefined): boolean {
  if (!where) return true;
  const record = data as Record<string, unknown>;
  return Object.entries(where).every(([key, value]) => record[key] === value);
}
