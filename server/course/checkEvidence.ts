import type { SessionRecord } from '../store/documents.js';

/**
 * The score a UF check's call counts with. Today the automatic score kept in the session index; the
 * assessor's reviewed score (issue 15, server/review/) replaces it here, and only here, when merged.
 */
export function checkCallScore(record: SessionRecord): { percent: number | null; abilities: Record<string, number> } {
  return { percent: record.percent, abilities: record.abilities ?? {} };
}
