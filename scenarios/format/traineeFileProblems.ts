import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { traineeScriptSchema } from './traineeScript.js';

/**
 * A scripted trainee file's mistakes in an author's words: what is missing or wrong, and where
 * (the input's time and action named), instead of the schema's terse messages.
 */

const valueAt = (raw: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    raw,
  );

const kinds: Record<string, string> = {
  string: 'a text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
};

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** `inputs[3].action.note`, and for an input: which one, by its time and action. */
function placeOf(raw: unknown, path: readonly PropertyKey[]): string {
  const place =
    path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('') || 'the file';
  if (path[0] !== 'inputs' || typeof path[1] !== 'number') return place;
  const input = valueAt(raw, path.slice(0, 2)) as { at?: unknown; action?: { type?: unknown } } | undefined;
  const type = typeof input?.action?.type === 'string' ? `, ${input.action.type}` : '';
  return `${place} (the input at ${shown(input?.at)} ms${type})`;
}

function issueInWords(raw: unknown, issue: z.core.$ZodIssue): string {
  const place = placeOf(raw, issue.path);
  const value = valueAt(raw, issue.path);
  const oneOf = (values: readonly unknown[]) => values.map((option) => shown(option)).join(', ');
  if (issue.code === 'invalid_type') {
    const wanted = kinds[issue.expected] ?? issue.expected;
    return value === undefined ? `${place} is missing: write ${wanted}` : `${place} is ${shown(value)}: write ${wanted}`;
  }
  if (issue.code === 'invalid_value')
    return `${place} is ${value === undefined ? 'missing' : shown(value)}: write one of ${oneOf(issue.values)}`;
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options))
    return value === undefined
      ? `${place} is missing: write one of ${oneOf(issue.options)}`
      : `${place} is ${shown(value)}, which is no action: write one of ${oneOf(issue.options)}`;
  return `${place}: ${issue.message}`;
}

/** Fields the format does not have: the schema ignores them, so a misspelt `expect` field would silently not count. */
function unknownFields(raw: unknown): string[] {
  if (raw === null || typeof raw !== 'object') return [];
  const notes: string[] = [];
  const known = (shape: Record<string, unknown>, value: unknown, prefix: string) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const fields = Object.keys(shape);
    for (const key of Object.keys(value)) {
      if (key in shape) continue;
      const near = closest(key, fields);
      const guess = distance(key, near) <= 3 ? `did you mean ${prefix}${near}? ` : '';
      notes.push(`${prefix}${key} is not a field of a trainee file, so it is ignored (${guess}the fields are: ${fields.join(', ')})`);
    }
  };
  known(traineeScriptSchema.shape, raw, '');
  known(traineeScriptSchema.shape.expect.shape, (raw as { expect?: unknown }).expect, 'expect.');
  return notes;
}

/** Inputs are played in the order written: one earlier than the one before would turn the session's clock back. */
function orderProblems(inputs: readonly { at: number }[]): string[] {
  return inputs.flatMap((input, index) => {
    const before = inputs[index - 1];
    return before && input.at < before.at
      ? [`inputs[${index}] is at ${input.at} ms, before inputs[${index - 1}] at ${before.at} ms: write the inputs in time order`]
      : [];
  });
}

export interface TraineeFileCheck {
  script: z.infer<typeof traineeScriptSchema> | null;
  /** What keeps the file from being played. */
  problems: string[];
  /** What is played anyway but is probably a mistake (a misspelt field). */
  notes: string[];
}

/** Parses a trainee file's content, saying in plain words what is missing or wrong. */
export function checkTraineeFile(raw: unknown): TraineeFileCheck {
  const parsed = traineeScriptSchema.safeParse(raw);
  const notes = unknownFields(raw);
  if (!parsed.success) return { script: null, problems: parsed.error.issues.map((issue) => issueInWords(raw, issue)), notes };
  const problems = orderProblems(parsed.data.inputs);
  return { script: problems.length ? null : parsed.data, problems, notes };
}

/** Whether the file wrote this `expect` field itself (rather than leaving it to its default). */
export const wroteExpect = (raw: unknown, field: string): boolean => valueAt(raw, ['expect', field]) !== undefined;
