import { z } from 'zod';
import { traineeActionSchema } from '../../protocol/actions.js';

/** A field's shape in an author's words: what a scripted trainee's action must hold there. */
function describe(schema: z.ZodType): string {
  if (schema instanceof z.ZodOptional) return `${describe(schema.unwrap() as z.ZodType)}, optional`;
  if (schema instanceof z.ZodNullable) return `${describe(schema.unwrap() as z.ZodType)} or \`null\``;
  if (schema instanceof z.ZodEnum) return `one of ${schema.options.map((option) => `\`${String(option)}\``).join(', ')}`;
  if (schema instanceof z.ZodArray) return `a list of (${describe(schema.element as z.ZodType)})`;
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>)
      .map(([name, field]) => `\`${name}\`: ${describe(field)}`)
      .join('; ');
  if (schema instanceof z.ZodNumber) return 'a number';
  if (schema instanceof z.ZodBoolean) return '`true` or `false`';
  return 'text';
}

/**
 * The actions a scripted trainee can take and the fields each needs, read from the protocol's schema,
 * as scenarios/README.md shows them (a unit test keeps the two equal).
 */
export function traineeActionsMarkdown(): string {
  const rows = traineeActionSchema.options.map((option) => {
    const { type, ...fields } = option.shape as Record<string, z.ZodType>;
    const name = type instanceof z.ZodLiteral ? String(type.value) : '?';
    const list = Object.entries(fields).map(([field, schema]) => `\`${field}\`: ${describe(schema)}`);
    return `| \`${name}\` | ${list.length ? list.join('<br>') : '(nothing else)'} |`;
  });
  return ['| `type` | its other fields |', '| --- | --- |', ...rows].join('\n');
}
