import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { languages } from '../../protocol/vocabulary.js';
import type { Language } from '../format/schema.js';
import { type Bank, noIntent, projectRoot, readBank } from './banks.js';
import { replyFeatures } from './replyFeatures.js';
import { nearestNeighbours, type NeighbourIndex, neighbourIndex } from './neighbours.js';

/** Bumped when the features or the training change, so an old cached model is not read back. */
const modelVersion = 3;
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
  /** Cosine similarity (stems and letter groups) between the reply and the nearest of them, 0…1. */
  similarity: number;
  /** The intent of the nearest train reply of all (`none` included): a guess it does not back is doubtful. */
  nearestIntent: string;
  /** Share of the nearest train replies (weighted by similarity) that are of the guessed intent, 0…1. */
  neighbourShare: number;
  /** The best class's share of the activations less None's: how far the guess is from "no act". */
  noneMargin: number;
}

/** One language's trained recogniser: the perceptrons, and the train replies indexed to explain and back a guess. */
export interface LanguageModel {
  network: NeuralNetwork;
  neighbours: NeighbourIndex;
}

let models = new Map<Language, LanguageModel>();

const cacheFolder = path.join(projectRoot, 'node_modules', '.cache', 'centralino-understanding');

function corpusOf(bank: Bank, language: Language) {
  return Object.entries(bank).flatMap(([intent, replies]) =>
    replies.map((text) => ({ input: replyFeatures(text, language), output: { [intent === noIntent ? noneClass : intent]: 1 } })),
  );
}

/** Trains one language's network on the bank given (the train split, or a cross-validation fold). Deterministic: weights start at zero. */
function trainNetwork(bank: Bank, language: Language): NeuralNetwork {
  const network = new NeuralNetwork({ log: false });
  network.train(corpusOf(bank, language));
  return network;
}

/** A language's model from a bank: trained, or with its network read back from the cache. */
export function buildLanguageModel(bank: Bank, language: Language, json?: NeuralNetworkJson): LanguageModel {
  let network: NeuralNetwork;
  if (json) {
    network = new NeuralNetwork();
    network.fromJSON(json);
  } else {
    network = trainNetwork(bank, language);
  }
  return { network, neighbours: neighbourIndex(bank, language) };
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
    const model = buildLanguageModel(bank, language, cached?.[language]);
    toCache[language] = model.network.toJSON();
    models.set(language, model);
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

/**
 * Runs `work` with other models in place of the train split's (cross-validation trains one per
 * fold), then puts the engine's own back. Synchronous, so no reply is understood by the wrong one.
 */
export function withModels<T>(replacement: Map<Language, LanguageModel>, work: () => T): T {
  if (!models.size) loadExampleModels();
  const own = models;
  models = replacement;
  try {
    return work();
  } finally {
    models = own;
  }
}

/** The replies a language's model learnt from, by intent: for the test that checks only the train split is used. */
export function learntExemplars(language: Language): { intent: string; text: string }[] {
  if (!models.size) loadExampleModels();
  return (models.get(language)?.neighbours.exemplars ?? []).map(({ intent, text }) => ({ intent, text }));
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
  const outputs = model.network.run(replyFeatures(text, language));
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
  const near = nearestNeighbours(model.neighbours, text, language, best);
  return {
    nearestIntent: near.overall?.intent ?? noIntent,
    intent: best,
    confidence: bestScore / total,
    score: bestScore,
    nearest: near.ofIntent.map((exemplar) => exemplar.text),
    similarity: near.ofIntent[0]?.similarity ?? 0,
    neighbourShare: near.share,
    noneMargin: (bestScore - (outputs[noneClass] ?? 0)) / total,
  };
}

/**
 * How surely the classifier reads a reply as no intent: None's share of the activations, and the
 * share of `none` among the nearest train replies (0…1 each; 0 when the language has no model).
 */
export function noneSupport(text: string, language: Language): { confidence: number; share: number } {
  if (!models.size) loadExampleModels();
  const model = models.get(language);
  if (!model) return { confidence: 0, share: 0 };
  const outputs = model.network.run(replyFeatures(text, language)) ?? {};
  const total = Object.values(outputs).reduce((sum, score) => sum + score, 0);
  const confidence = total ? (outputs[noneClass] ?? 0) / total : 0;
  return { confidence, share: nearestNeighbours(model.neighbours, text, language, noIntent).share };
}
