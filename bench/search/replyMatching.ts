import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkScenario } from '../../scenarios/checks/checkScenario.js';
import type { Scenario } from '../../scenarios/format/schema.js';
import { traineeScriptSchema } from '../../scenarios/format/traineeScript.js';
import { understandReply } from '../../scenarios/understanding/understandReply.js';
import { benchScenarioId } from '../lab/script.js';
import { projectRoot } from '../support/children.js';
import { summarize } from '../support/stats.js';

/** One reply typed by a scripted trainee, with the scenario whose intents it is matched against. */
interface Reply {
  scenario: Scenario;
  text: string;
}

/** µs per reply, nearest-rank percentiles, over every round. */
export interface ReplyLatency {
  /** Distinct replies timed, each once per round. */
  replies: number;
  p50: number;
  p99: number;
  mean: number;
}

export interface ReplyMatchingResult {
  scenarios: number;
  rounds: number;
  /** Every scripted trainee's replies of the whole library, each against its own scenario's intents. */
  library: ReplyLatency;
  /** The replies of the scenario the load bench plays. */
  fibre: ReplyLatency;
  /** Mean of the first pass over the library's replies: caches empty, as after a server start. */
  firstPassMeanUs: number;
}

/** Read synchronously, so the measure can run alone: `npx tsx -e "import('./bench/search/replyMatching.ts').then(m => console.log(m.measureReplyMatching()))"`. */
function libraryReplies(): { scenarios: number; replies: Reply[] } {
  const libraryDir = path.join(projectRoot, 'scenarios', 'library');
  const replies: Reply[] = [];
  let scenarios = 0;
  for (const name of readdirSync(libraryDir)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const check = checkScenario(JSON.parse(readFileSync(path.join(libraryDir, name), 'utf8')));
    if (!check.ok) throw new Error(`${name}: ${check.problems.join('; ')}`);
    const scenario = check.scenario;
    // A free role-play has no scripted trainees: an instructor plays its caller, live.
    if (scenario.rolePlay) continue;
    scenarios++;
    const traineesDir = path.join(projectRoot, 'scenarios', 'trainees', scenario.id);
    const scripts = readdirSync(traineesDir, { withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.json'));
    for (const script of scripts.map((entry) => entry.name).sort()) {
      const { inputs } = traineeScriptSchema.parse(JSON.parse(readFileSync(path.join(traineesDir, script), 'utf8')));
      for (const { action } of inputs) if (action.type === 'reply') replies.push({ scenario, text: action.text });
    }
  }
  return { scenarios, replies };
}

function latency(samplesMs: number[], rounds: number): ReplyLatency {
  const us = samplesMs.map((ms) => ms * 1000);
  const summary = summarize(us);
  return { replies: us.length / rounds, p50: summary.p50, p99: summary.p99, mean: us.reduce((sum, value) => sum + value, 0) / us.length };
}

/** Times understandReply, one reply at a time, as the server calls it for each trainee reply. */
export function measureReplyMatching(rounds = 20): ReplyMatchingResult {
  const { scenarios, replies } = libraryReplies();
  const match = ({ scenario, text }: Reply) => understandReply(text, scenario.intents, scenario.language);
  const firstStart = performance.now();
  replies.forEach(match);
  const firstPassMeanUs = ((performance.now() - firstStart) * 1000) / replies.length;
  const all: number[] = [];
  const fibre: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const reply of replies) {
      const start = performance.now();
      match(reply);
      const ms = performance.now() - start;
      all.push(ms);
      if (reply.scenario.id === benchScenarioId) fibre.push(ms);
    }
  }
  return { scenarios, rounds, library: latency(all, rounds), fibre: latency(fibre, rounds), firstPassMeanUs };
}
