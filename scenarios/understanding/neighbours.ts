import type { Language } from '../format/schema.js';
import { plainWords } from '../matcher/normalize.js';
import type { Bank } from './banks.js';
import { replyStems } from './replyFeatures.js';

/** A train reply as the neighbour search sees it: idf-weighted features, normalised to length 1. */
interface Indexed {
  intent: string;
  text: string;
  vector: Map<string, number>;
}

/** The train replies of one language, with an inverted index from feature to the replies that hold it. */
export interface NeighbourIndex {
  exemplars: Indexed[];
  idf: Map<string, number>;
  postings: Map<string, { at: number; weight: number }[]>;
}

export interface Neighbour {
  intent: string;
  text: string;
  similarity: number;
}

/** How many nearest train replies vote on a guess. */
const voters = 5;
/** Letter groups weigh less than whole stems: they are there for typos and endings, not to outvote words. */
const letterWeight = 0.35;

/**
 * A reply's features for similarity: its stems, and the groups of three letters of its words
 * ("verfica" shares "ver", "fic", "ica" with "verifica"), so a typo or another ending still looks alike.
 */
export function similarityFeatures(text: string, language: Language): Map<string, number> {
  const features = new Map<string, number>();
  for (const stem of replyStems(text, language)) features.set(`s:${stem}`, 1);
  for (const word of plainWords(text)) {
    const padded = `<${word}>`;
    for (let i = 0; i + 3 <= padded.length; i++) features.set(`l:${padded.slice(i, i + 3)}`, letterWeight);
  }
  return features;
}

function weighted(features: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [feature, weight] of features) {
    const value = weight * (idf.get(feature) ?? 0);
    if (value === 0) continue;
    vector.set(feature, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm) for (const [feature, value] of vector) vector.set(feature, value / norm);
  return vector;
}

/** Indexes a bank's replies for the neighbour search. */
export function neighbourIndex(bank: Bank, language: Language): NeighbourIndex {
  const featured = Object.entries(bank).flatMap(([intent, replies]) =>
    replies.map((text) => ({ intent, text, features: similarityFeatures(text, language) })),
  );
  const counts = new Map<string, number>();
  for (const { features } of featured) for (const feature of features.keys()) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const idf = new Map([...counts].map(([feature, count]) => [feature, Math.log((featured.length + 1) / count)]));
  const exemplars = featured.map(({ intent, text, features }) => ({ intent, text, vector: weighted(features, idf) }));
  const postings = new Map<string, { at: number; weight: number }[]>();
  exemplars.forEach((exemplar, at) => {
    for (const [feature, weight] of exemplar.vector) {
      let list = postings.get(feature);
      if (!list) postings.set(feature, (list = []));
      list.push({ at, weight });
    }
  });
  return { exemplars, idf, postings };
}

/** Nearer first; ties in text order, for determinism. */
const nearer = (a: Neighbour, b: Neighbour) => b.similarity - a.similarity || a.text.localeCompare(b.text);

/** Keeps the `size` nearest in a small sorted list: no sort of the whole bank, which runs for every reply. */
function keep(list: Neighbour[], near: Neighbour, size: number): void {
  if (list.length === size && nearer(near, list[size - 1]!) >= 0) return;
  list.push(near);
  list.sort(nearer);
  if (list.length > size) list.pop();
}

/**
 * The train replies nearest to a reply (cosine of idf-weighted stems and letter groups): the
 * nearest of all, the two nearest of the given intent, and the share of the nearest few that are
 * of that intent (their similarity weighs their vote).
 */
export function nearestNeighbours(
  index: NeighbourIndex,
  text: string,
  language: Language,
  intent: string,
): { overall: Neighbour | null; ofIntent: Neighbour[]; share: number; ranked: Neighbour[] } {
  const query = weighted(similarityFeatures(text, language), index.idf);
  const scores = new Float64Array(index.exemplars.length);
  for (const [feature, weight] of query) {
    const list = index.postings.get(feature);
    if (list) for (const posting of list) scores[posting.at]! += weight * posting.weight;
  }
  const top: Neighbour[] = [];
  const ofIntent: Neighbour[] = [];
  scores.forEach((similarity, at) => {
    if (similarity <= 0) return;
    const exemplar = index.exemplars[at]!;
    const near = { intent: exemplar.intent, text: exemplar.text, similarity };
    keep(top, near, voters);
    if (exemplar.intent === intent) keep(ofIntent, near, 2);
  });
  const total = top.reduce((sum, near) => sum + near.similarity, 0);
  const mine = top.filter((near) => near.intent === intent).reduce((sum, near) => sum + near.similarity, 0);
  return { overall: top[0] ?? null, ofIntent, share: total ? mine / total : 0, ranked: top };
}
