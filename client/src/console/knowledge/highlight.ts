/** Lower case without accents, one entry per original character, so matches map back to the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  Array.from(text).reduce((index, char) => {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const piece of plain) {
      folded += piece;
      origin.push(index);
    }
    return index + char.length;
  }, 0);
  return { folded, origin };
}

/** The query's words worth marking: folded, two letters or more. */
export function queryTerms(query: string): string[] {
  const words = fold(query).folded.split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((word) => word.length >= 2))];
}

export type Piece = { text: string; match: boolean };

/** Splits `text` into plain and matching pieces, ignoring case and accents ("perché" matches "perche"). */
export function splitMatches(text: string, terms: string[]): Piece[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const start = origin[at] ?? 0;
      const lastOrigin = origin[at + term.length - 1] ?? start;
      const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
      ranges.push([start, end]);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), match: false });
    pieces.push({ text: text.slice(from, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), match: false });
  return pieces;
}
