import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Summarises a `.cpuprofile` (from BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=…"): the functions
 * with the most self time, and the most inclusive time among the project's own files.
 * Usage: npx tsx bench/support/profileSummary.ts <file.cpuprofile> [rows] [from-to]
 * With `timeline` for rows, it prints the share of each second the process was busy (not idle), to
 * find the measuring window; `from-to` (seconds since the profile's start, e.g. 52-62) then limits
 * the summary to that window.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg, rangeArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx bench/support/profileSummary.ts <file.cpuprofile> [rows | timeline] [from-to]');
  process.exit(2);
}
const rows = rowsArg === 'timeline' ? 0 : Number(rowsArg ?? 25);
const [fromSec, toSec] = (rangeArg ?? '0-Infinity').split('-').map(Number) as [number, number];
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const root = process.cwd();
const label = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) => {
  const where = url.startsWith('file://') ? path.relative(root, new URL(url).pathname) : url;
  return `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`.trim();
};

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let clockMs = 0;
const busyPerSecond: number[] = [];
profile.samples.forEach((id, index) => {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  clockMs += ms;
  const node = byId.get(id)!;
  const second = Math.floor(clockMs / 1000);
  if (label(node) !== '(idle)') busyPerSecond[second] = (busyPerSecond[second] ?? 0) + ms / 10;
  if (second < fromSec || second >= toSec) return;
  total += ms;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!);
    if (seen.has(name)) continue;
    seen.add(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
  }
});

const top = (map: Map<string, number>, keep: (name: string) => boolean) =>
  [...map.entries()]
    .filter(([name]) => keep(name))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');

if (rowsArg === 'timeline') {
  console.log(
    `${file}: busy % of each second\n${Array.from(busyPerSecond, (busy, second) => `${String(second).padStart(4)} s ${(busy ?? 0).toFixed(0).padStart(3)}%`).join('\n')}`,
  );
  process.exit(0);
}
console.log(`${file}: ${total.toFixed(0)} ms sampled${rangeArg ? `, seconds ${rangeArg}` : ''}`);
console.log(`\nself time:\n${top(self, () => true)}`);
console.log(
  `\ninclusive time, project files:\n${top(inclusive, (name) => /(server|scenarios|protocol)\//.test(name) && !name.includes('node_modules'))}`,
);
