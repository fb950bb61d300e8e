import type { TraineeAction } from '../../protocol/actions.js';
import type { LoadResult } from '../load/messages.js';
import { freePort, sleep } from '../support/children.js';
import { ServerWindow, type ServerInWindow } from '../support/serverWindow.js';
import { ServerProcess, type MemorySample } from '../support/serverProcess.js';
import { runGenerator } from './generatorProcess.js';

export interface RunTiming {
  warmupMs: number;
  windowMs: number;
  /** Mean think time before each action in the window (0: none). */
  thinkMs: number;
}

export interface BaselineRun extends ServerInWindow {
  load: LoadResult;
  memory: { empty: MemorySample; connected: MemorySample };
}

/** The bare Socket.IO echo server in its own process, under the same load shape as the lab. */
export async function runBaseline(n: number, actions: TraineeAction[], timing: RunTiming): Promise<BaselineRun> {
  const port = await freePort();
  const server = await ServerProcess.start(
    'baseline echo server',
    'bench/baseline/echoServer.ts',
    { PORT: String(port) },
    /^BENCH_BASELINE_READY /,
  );
  try {
    const empty = await server.memory();
    const inWindow = new ServerWindow(server);
    let connected: MemorySample | null = null;
    const load = await runGenerator(
      { target: 'baseline', url: `http://127.0.0.1:${port}`, n, actions, ...timing },
      async () => {
        await sleep(1000);
        connected = await server.memory();
      },
      inWindow.edge,
      120_000 + timing.warmupMs + timing.windowMs,
    );
    if (!connected) throw new Error('the baseline generator skipped its checkpoint');
    return { load, memory: { empty, connected }, ...(await inWindow.readings()) };
  } finally {
    await server.stop();
  }
}
