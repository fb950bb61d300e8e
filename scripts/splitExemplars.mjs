#!/usr/bin/env node
// Splits new exemplar replies into train, dev and test, once, at a fixed seed.
//
// Authors write new replies in scenarios/intents/exemplars/<lang>/new/<intent>.txt (one reply a line,
// '#' starts a comment). This script shuffles each file with a seeded generator, deals 60 % to train,
// 20 % to dev and 20 % to test (appending to <lang>/<split>/<intent>.txt), and deletes the new file.
// A reply already in any split is dropped, so nothing crosses splits. Lines never move once dealt:
// re-running only deals what is new. Usage: node scripts/splitExemplars.mjs
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../scenarios/intents/exemplars/', import.meta.url).pathname;
const seed = 20261207;
const splits = /** @type {const} */ (['train', 'dev', 'test']);

/** FNV-1a of the file's name mixed with the seed: each file gets its own, reproducible order. */
function hash(text) {
  let h = 2166136261 ^ seed;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619);
  return h >>> 0;
}

/** mulberry32: small, well-known, deterministic across Node versions. */
function generator(state) {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readReplies = (file) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
    : [];

for (const language of readdirSync(root)) {
  const fresh = join(root, language, 'new');
  if (!existsSync(fresh)) continue;
  for (const file of readdirSync(fresh).filter((name) => name.endsWith('.txt'))) {
    const intent = file.slice(0, -'.txt'.length);
    const known = new Set(splits.flatMap((split) => readReplies(join(root, language, split, file)).map((r) => r.toLowerCase())));
    // Case-insensitive, as against the splits: "Thanks for holding" and "thanks for holding" are one reply, dealt once.
    const replies = [...new Map(readReplies(join(fresh, file)).map((reply) => [reply.toLowerCase(), reply])).values()].filter(
      (reply) => !known.has(reply.toLowerCase()),
    );
    const random = generator(hash(`${language}/${intent}`));
    for (let i = replies.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [replies[i], replies[j]] = [replies[j], replies[i]];
    }
    const trainEnd = Math.round(replies.length * 0.6);
    const devEnd = Math.round(replies.length * 0.8);
    const dealt = { train: replies.slice(0, trainEnd), dev: replies.slice(trainEnd, devEnd), test: replies.slice(devEnd) };
    for (const split of splits) {
      if (dealt[split].length === 0) continue;
      mkdirSync(join(root, language, split), { recursive: true });
      appendFileSync(join(root, language, split, file), `${dealt[split].join('\n')}\n`);
    }
    rmSync(join(fresh, file));
    console.log(`${language}/${intent}: ${dealt.train.length} train, ${dealt.dev.length} dev, ${dealt.test.length} test`);
  }
  if (readdirSync(fresh).length === 0) rmSync(fresh, { recursive: true });
}
