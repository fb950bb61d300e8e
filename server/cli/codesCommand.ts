import { units } from '../../protocol/standard.js';

/**
 * The standard's codes with their words in Italian and English, for authors choosing what a rubric
 * item assesses: the abilities (A) and knowledge (K) of each training unit.
 */
export function codesTable(): string {
  return units
    .flatMap((unit) => [
      `${unit.code}  ${unit.title.it}`,
      `      ${unit.title.en}`,
      ...[...unit.abilities, ...unit.knowledge].flatMap((item) => [`  ${item.code.padEnd(8)} ${item.it}`, `  ${''.padEnd(8)} ${item.en}`]),
      '',
    ])
    .join('\n');
}

/** The same codes as a Markdown table, as scenarios/README.md shows them (a unit test keeps the two equal). */
export function codesMarkdown(): string {
  const rows = units.flatMap((unit) =>
    [...unit.abilities, ...unit.knowledge].map((item) => `| \`${item.code}\` | ${item.it} | ${item.en} |`),
  );
  return ['| code | it | en |', '| --- | --- | --- |', ...rows].join('\n');
}
