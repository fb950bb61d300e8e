import type { TraineeAction } from '../../protocol/actions.js';
import type { LoadResult } from '../load/messages.js';
import { freePort, sleep } from '../support/children.js';
import { ServerCpu } from '../support/serverCpu.js';
import { ServerLoopDelay, type LoopDelay } from '../support/serverLoopDelay.js';
import { ServerProcess, type MemorySample } from '../support/serverProcess.js';
import { runGenerator } from './generatorProcess.js';

export interface RunTiming {
  warmupMs: number;
  windowMs: number;
  /** Mean think time before each action in the window (0: none). */
  thinkMs: number;
}

export interface BaselineRun {
  load: LoadResult;
  memory: { empty: MemorySample; connected: MemorySample };
  /** CPU the server used in the window, in % of one core. */
  serverCpuPercent: number;
  /** How late the server's event loop ran in the window (null if the probe did not answer). */
  loopDelay: LoopDelay | null;
}

/** The bare Socket.IO echo server in its own process, under the same load shape as the lab. */
export async function runBaseline(n: number, actions: TraineeAction[], timing: RunTiming): Promise<BaselineRun> {
  const port = await freePort();
  const server = await ServerProcess.start('baseline echo server', 'bench/baseline/echoServer.ts', { PORT: String(port) }, /^BENCH_BASELINE_READY /);
  try {
    const empty = await server.memory();
    const cpu = new ServerCpu(server.pid);
    const loop = new ServerLoopDelay(server);
    let connected: MemorySample | null = null;
    const load = await runGenerator(
      { target: 'baseline', url: `http://127.0.0.1:${port}`, n, actions, ...timing },
      async () => {
        await sleep(1000);
        connected = await server.memory();
      },
      (edge) => {
        cpu.edge(edge);
        loop.edge(edge);
      },
      120_000 + timing.warmupMs + timing.windowMs,
    );
    if (!connected) throw new Error('the baseline generator skipped its checkpoint');
    return { load, memory: { empty, connected }, serverCpuPercent: await cpu.percent(), loopDelay: await loop.inWindow() };
  } finally {
    await server.stop();
  }
}
