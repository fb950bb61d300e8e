import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NeuralNetwork, type NeuralNetworkJson } from '@nlpjs/neural';
import { languages } from '../../protocol/vocabulary.js';
import type { Language } from '../format/schema.js';
import { type Bank, noIntent, readBank } from './banks.js';
import { replyFeatures } from './replyFeatures.js';

/** Bumped when the features or the training change, so an old cached model is not read back. */
const modelVersion = 1;
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
}

interface LanguageModel {
  network: NeuralNetwork;
  /** Each train reply with its features, by intent, to explain a guess. */
  exemplars: { intent: string; text: string; features: Set<string> }[];
}

const models = new Map<Language, LanguageModel>();

const cacheFolder = fileURLToPath(new URL('../../node_modules/.cache/centralino-understanding/', import.meta.url));

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
    const exemplars = Object.entries(bank).flatMap(([intent, replies]) =>
      replies.map((text) => ({ intent, text, features: new Set(Object.keys(replyFeatures(text, language))) })),
    );
    models.set(language, { network, exemplars });
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

function nearestExemplars(model: LanguageModel, intent: string, features: Set<string>): string[] {
  return model.exemplars
    .filter((exemplar) => exemplar.intent === intent)
    .map((exemplar) => {
      let shared = 0;
      for (const feature of features) if (exemplar.features.has(feature)) shared++;
      return { text: exemplar.text, similarity: shared / Math.sqrt(features.size * exemplar.features.size || 1) };
    })
    .sort((a, b) => b.similarity - a.similarity || a.text.localeCompare(b.text))
    .slice(0, 2)
    .map((exemplar) => exemplar.text);
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
  return {
    intent: best,
    confidence: bestScore / total,
    score: bestScore,
    nearest: nearestExemplars(model, best, new Set(Object.keys(features))),
  };
}
