import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  warmupMs: number;
  windowMs: number;
  /** The lab's class launch stops after this long (the run goes on with the calls launched). */
  launchLimitMs: number;
  /** Mean think time of a trainee before each action in the window; 0: the next action as soon as the ack is back. */
  thinkMs: number;
  /** Live calls on the wall row (0: no wall row), and the trainees' mean pause between console actions there. */
  wallCalls: number;
  wallThinkMs: number;
  /** Only the wall row: no load tables, no storage table (a quick run). */
  wallOnly: boolean;
}

const usage = `usage: npm run bench [-- --n 100 [--n 1000]] [--window 10] [--warmup 3] [--launch-limit 120]
  --n        concurrent calls (repeat or comma-separate for several sizes; default 100 and 1000)
  --window   measuring window in seconds (default 10)
  --warmup   warm-up before the window in seconds (default 3)
  --launch-limit  seconds the lab may take to launch the first N calls; after it, the run goes on
             with the calls launched so far and says so (default 120)
  --think    seconds a trainee thinks before each action, on average (each pause drawn between half
             and one and a half times it), lab and baseline alike; the targets against the
             baseline are then shown for information (default 0: no think time, the server saturated)
  --wall     live calls on the wall-of-calls row (default 1000; 0 leaves the row out)
  --wall-think  seconds each trainee pauses between console actions on the wall row (default 2)
  --wall-only   run only the wall row (quick: about a minute at 1,000 calls)`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      n: { type: 'string', multiple: true },
      window: { type: 'string' },
      warmup: { type: 'string' },
      'launch-limit': { type: 'string' },
      think: { type: 'string' },
      wall: { type: 'string' },
      'wall-think': { type: 'string' },
      'wall-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const sizes = (values.n ?? ['100', '1000']).flatMap((value) => value.split(',')).map(Number);
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const windowS = number(values.window, 10);
  const warmupS = number(values.warmup, 3);
  const launchLimitS = number(values['launch-limit'], 120);
  const thinkS = number(values.think, 0);
  const wallCalls = number(values.wall, 1000);
  const wallThinkS = number(values['wall-think'], 2);
  const wallBad = !Number.isInteger(wallCalls) || wallCalls < 0 || !(wallThinkS > 0) || (values['wall-only'] && wallCalls === 0);
  if (
    sizes.some((n) => !Number.isInteger(n) || n < 1) ||
    !(windowS > 0) ||
    !(warmupS >= 0) ||
    !(launchLimitS > 0) ||
    !(thinkS >= 0) ||
    wallBad
  ) {
    console.error(usage);
    process.exit(2);
  }
  return {
    sizes,
    warmupMs: warmupS * 1000,
    windowMs: windowS * 1000,
    launchLimitMs: launchLimitS * 1000,
    thinkMs: thinkS * 1000,
    wallCalls,
    wallThinkMs: wallThinkS * 1000,
    wallOnly: values['wall-only'] ?? false,
  };
}
