import type { CallerLine, Scenario } from '../format/schema.js';
import { callerLineOf, reactionLine } from './facts.js';

/** A small deterministic hash (FNV-1a) so a line's variant depends only on the session's seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The variants in the order the caller's mood prefers them: a polite caller never takes an angry one. */
function poolsFor(line: CallerLine, mood: number): string[][] {
  const { text, impatient = [], angry = [] } = line;
  if (mood <= -2) return [angry, impatient, text];
  if (mood === -1) return [impatient, text, angry];
  return [text, impatient];
}

function freshVariant(line: CallerLine, key: string, mood: number, said: ReadonlySet<string>): string | null {
  for (const pool of poolsFor(line, mood)) {
    if (pool.length === 0) continue;
    const start = hash(key) % pool.length;
    for (let step = 0; step < pool.length; step++) {
      const variant = pool[(start + step) % pool.length]!;
      if (!said.has(variant)) return variant;
    }
  }
  return null;
}

/**
 * The text the caller says for a line: a variant picked from the seed recorded at launch, in the
 * caller's mood, and never one it already said in this call. When a line's variants are all used,
 * the caller stalls ("So?"); when those are used too it says nothing rather than repeat itself.
 */
export function callerLineText(
  scenario: Scenario,
  lineId: string,
  seed: number,
  occurrence: number,
  mood = 0,
  said: ReadonlySet<string> = new Set(),
): string | null {
  const line = callerLineOf(scenario, lineId);
  if (!line) return lineId;
  const key = `${seed}:${lineId}:${occurrence}`;
  const stalling = callerLineOf(scenario, reactionLine('stalling'));
  return freshVariant(line, key, mood, said) ?? (stalling ? freshVariant(stalling, key, mood, said) : null);
}
