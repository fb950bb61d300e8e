import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { languages } from '../../protocol/vocabulary.js';
import type { Language } from '../format/schema.js';
import { type Bank, noIntent, projectRoot, readBank } from './banks.js';
import { replyFeatures } from './replyFeatures.js';

/** Bumped when the features or the training change, so an old cached model is not read back. */
const modelVersion = 2;
/** NLP.js's name for the class of replies that are no intent. */
const noneClass = 'None';

/** What the classifier says of a reply: its best intent, how sure, and the train replies nearest to it. */
export interface ExampleGuess {
  intent: string;
  /** The best class's share of all classes' activations, 0…1. */
  confidence: number;
  /** The best class's own activation. */
  score: number;
  /** Up to two train replies of that intent with the most features in common. */
  nearest: string[];
  /** Cosine similarity (stems) between the reply and the nearest of them, 0…1. */
  similarity: number;
  /** The intent of the nearest train reply of all (`none` included): a guess it does not back is doubtful. */
  nearestIntent: string;
}

interface LanguageModel {
  network: NeuralNetwork;
  /** Each train reply with its features and their weights' norm, to explain a guess. */
  exemplars: { intent: string; text: string; features: Set<string>; norm: number }[];
  /** Inverse document frequency of each stem over the train replies: "il", "the", "das" weigh little. */
  idf: Map<string, number>;
}

const models = new Map<Language, LanguageModel>();

const cacheFolder = path.join(projectRoot, 'node_modules', '.cache', 'centralino-understanding');

function corpusOf(bank: Bank, language: Language) {
  return Object.entries(bank).flatMap(([intent, replies]) =>
    replies.map((text) => ({ input: replyFeatures(text, language), output: { [intent === noIntent ? noneClass : intent]: 1 } })),
  );
}

/** Trains one language's network on its train split only (never dev or test). Deterministic: weights start at zero. */
function trainNetwork(bank: Bank, language: Language): NeuralNetwork {
  const network = new NeuralNetwork({ log: false });
  network.train(corpusOf(bank, language));
  return network;
}

/** The banks' text and the model version: a cached model is used only for exactly these. */
function bankKey(banks: Partial<Record<Language, Bank>>): string {
  return createHash('sha256').update(JSON.stringify({ modelVersion, banks })).digest('hex').slice(0, 16);
}

/**
 * Trains (or reads from the cache) one network per language that has a train bank. Synchronous
 * and idempotent: prepareUnderstanding calls it at start; a first reply before that would too.
 */
export function loadExampleModels(): { trainedMs: number; fromCache: boolean } {
  if (models.size) return { trainedMs: 0, fromCache: true };
  const started = performance.now();
  const banks: Partial<Record<Language, Bank>> = {};
  for (const language of languages) {
    const bank = readBank(language, 'train');
    if (Object.keys(bank).length) banks[language] = bank;
  }
  const cacheFile = path.join(cacheFolder, `${bankKey(banks)}.json`);
  let cached: Partial<Record<Language, NeuralNetworkJson>> | null = null;
  if (existsSync(cacheFile)) {
    try {
      cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<Record<Language, NeuralNetworkJson>>;
    } catch {
      cached = null; // A torn cache file is retrained over.
    }
  }
  const toCache: Partial<Record<Language, NeuralNetworkJson>> = {};
  for (const [language, bank] of Object.entries(banks) as [Language, Bank][]) {
    let network: NeuralNetwork;
    const json = cached?.[language];
    if (json) {
      network = new NeuralNetwork();
      network.fromJSON(json);
    } else {
      network = trainNetwork(bank, language);
    }
    toCache[language] = network.toJSON();
    const featured = Object.entries(bank).flatMap(([intent, replies]) =>
      replies.map((text) => ({ intent, text, features: new Set(Object.keys(replyFeatures(text, language))) })),
    );
    const counts = new Map<string, number>();
    for (const { features } of featured) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const idf = new Map([...counts].map(([feature, count]) => [feature, Math.log((featured.length + 1) / count)]));
    const norm = (features: Set<string>) => Math.sqrt([...features].reduce((sum, feature) => sum + (idf.get(feature) ?? 0) ** 2, 0));
    const exemplars = featured.map((exemplar) => ({ ...exemplar, norm: norm(exemplar.features) }));
    models.set(language, { network, exemplars, idf });
  }
  if (!cached) {
    try {
      mkdirSync(cacheFolder, { recursive: true });
      // Written aside then renamed: two processes starting together never read half a file.
      const partial = `${cacheFile}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(toCache));
      renameSync(partial, cacheFile);
    } catch {
      // A read-only install trains at each start: slower, never wrong.
    }
  }
  return { trainedMs: performance.now() - started, fromCache: cached !== null };
}

interface Near {
  intent: string;
  text: string;
  similarity: number;
}

/** Nearer first; ties in text order, for determinism. */
const nearer = (a: Near, b: Near) => b.similarity - a.similarity || a.text.localeCompare(b.text);

/**
 * The train reply nearest to the reply (cosine of idf-weighted stems), and the two nearest of the
 * given intent: one pass, no sort of the whole bank, since it runs for every reply the rules miss.
 */
function nearestOf(model: LanguageModel, features: Set<string>, intent: string): { overall: Near | null; ofIntent: Near[] } {
  const weight = (feature: string) => model.idf.get(feature) ?? 0;
  const norm = Math.sqrt([...features].reduce((sum, feature) => sum + weight(feature) ** 2, 0));
  let overall: Near | null = null;
  const ofIntent: Near[] = [];
  for (const exemplar of model.exemplars) {
    let shared = 0;
    for (const feature of features) if (exemplar.features.has(feature)) shared += weight(feature) ** 2;
    const near = { intent: exemplar.intent, text: exemplar.text, similarity: norm && exemplar.norm ? shared / (norm * exemplar.norm) : 0 };
    if (!overall || nearer(near, overall) < 0) overall = near;
    if (near.intent === intent) {
      ofIntent.push(near);
      ofIntent.sort(nearer);
      if (ofIntent.length > 2) ofIntent.pop();
    }
  }
  return { overall, ofIntent };
}

/** The replies a language's model learnt from, by intent: for the test that checks only the train split is used. */
export function learntExemplars(language: Language): { intent: string; text: string }[] {
  if (!models.size) loadExampleModels();
  return (models.get(language)?.exemplars ?? []).map(({ intent, text }) => ({ intent, text }));
}

/** Each class's activation for a reply (empty when the language has no model): used to settle rules that disagree. */
export function intentActivations(text: string, language: Language): Record<string, number> {
  if (!models.size) loadExampleModels();
  const model = models.get(language);
  return model?.network.run(replyFeatures(text, language)) ?? {};
}

/** The classifier's best guess for a reply, or null when the language has no model or no class fires. */
export function guessIntent(text: string, language: Language): ExampleGuess | null {
  if (!models.size) loadExampleModels();
  const model = models.get(language);
  if (!model) return null;
  const features = replyFeatures(text, language);
  const outputs = model.network.run(features);
  if (!outputs) return null;
  let best = noneClass;
  let bestScore = 0;
  let total = 0;
  for (const [intent, score] of Object.entries(outputs)) {
    total += score;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  if (best === noneClass || bestScore <= 0) return null;
  const { overall, ofIntent: nearest } = nearestOf(model, new Set(Object.keys(features)), best);
  return {
    nearestIntent: overall?.intent ?? noIntent,
    intent: best,
    confidence: bestScore / total,
    score: bestScore,
    nearest: nearest.map((exemplar) => exemplar.text),
    similarity: nearest[0]?.similarity ?? 0,
  };
}
