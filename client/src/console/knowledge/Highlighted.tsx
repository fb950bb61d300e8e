import { splitMatches } from './highlight.js';

/** Text with the search's words wrapped in <mark>, built as elements (no HTML injection). */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  const pieces = splitMatches(text, terms);
  if (pieces.length === 1 && !pieces[0]?.match) return <>{text}</>;
  return <>{pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}</>;
}
