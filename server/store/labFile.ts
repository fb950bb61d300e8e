import { z } from 'zod';
import { roleSchema } from '../../protocol/roles.js';
import { emptyDocuments, type LabDocuments } from './documents.js';
import { readTextIfPresent } from './lineFiles.js';

/** Extra fields are kept: what this checks is only what the lab cannot run without. */
const labDocumentsSchema = z.looseObject({
  cookieSecret: z.string(),
  users: z.array(
    z.looseObject({
      id: z.string(),
      username: z.string(),
      displayName: z.string(),
      role: roleSchema,
      classId: z.string().nullable(),
      passwordHash: z.string(),
    }),
  ),
  classes: z.array(z.looseObject({ id: z.string(), name: z.string() })),
});

/** lab.json holds the accounts and the cookie secret: the lab refuses to start rather than guess them. */
export class LabFileError extends Error {
  override name = 'LabFileError';
}

/** Line and column of a character position, for a message a person can act on. */
function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/**
 * Reads lab.json. Missing or empty is a first start; anything else must be whole and of the right
 * shape: a truncated file or `{}` would otherwise become fresh demo accounts and a new cookie secret.
 */
export async function readLabFile(file: string): Promise<LabDocuments> {
  const text = await readTextIfPresent(file);
  if (text === null || text.trim() === '') return emptyDocuments();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = lineAndColumn(text, at ? Number(at[1]) : text.length);
    throw new LabFileError(
      `${file} cannot be read at ${where}: ${message}. It holds the accounts and the cookie secret, so the lab does not start: restore it from a backup or mend it.`,
    );
  }
  const checked = labDocumentsSchema.safeParse(parsed);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
    throw new LabFileError(
      `${file} is not a lab's data file:\n  - ${problems.join('\n  - ')}\nIt holds the accounts and the cookie secret, so the lab does not start: restore it from a backup or mend it.`,
    );
  }
  return checked.data as LabDocuments;
}
