import type { Scenario } from '../format/schema.js';

/** A small deterministic hash (FNV-1a) so a line's variant depends only on the session's seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The text the caller says for a line: the variant is picked from the seed recorded at launch. */
export function callerLineText(scenario: Scenario, lineId: string, seed: number, occurrence: number): string {
  const variants = scenario.lines[lineId]?.text ?? [];
  if (variants.length === 0) return lineId;
  return variants[hash(`${seed}:${lineId}:${occurrence}`) % variants.length]!;
}
