import { rm } from 'node:fs/promises';
import type { TraineeAction } from '../../protocol/actions.js';
import { prepareLabData } from '../lab/labData.js';
import { benchScenarioId } from '../lab/script.js';
import type { CheckpointName, LoadResult } from '../load/messages.js';
import { freePort, sleep } from '../support/children.js';
import { ServerWindow, type ServerInWindow } from '../support/serverWindow.js';
import { ServerProcess, type MemorySample } from '../support/serverProcess.js';
import type { RunTiming } from './baselineRun.js';
import { runGenerator } from './generatorProcess.js';

export interface LabRun extends ServerInWindow {
  load: LoadResult;
  /** Server readings: started; sockets connected; calls live; after the run, with the sockets closed. */
  memory: Record<'empty' | CheckpointName | 'end', MemorySample>;
  /** Lines the server printed that report an error (its last 40 lines are kept). */
  serverErrors: string[];
}

/** Environment of the lab under bench: a fresh data folder, a free port, no per-connection rate limit. */
export const labEnvironment = (port: number, dataDir: string) => ({
  PORT: String(port),
  LAB_DATA_DIR: dataDir,
  LAB_SOCKET_EVENTS_PER_SECOND: '0',
  // The lab logs as it would in a school (info: starts, launches, ends, requests): that cost is the lab's.
  LAB_LOG_LEVEL: 'info',
});

/** The real lab server (server/main.ts) in its own process, N calls played against it. */
export async function runLab(
  n: number,
  actions: TraineeAction[],
  timing: RunTiming,
  stepsBeforeMemory: number,
  launchLimitMs: number,
): Promise<LabRun> {
  const users = await prepareLabData(n);
  const port = await freePort();
  const server = await ServerProcess.start(
    'lab server',
    'server/main.ts',
    labEnvironment(port, users.dataDir),
    /Centralino Lab on http:\/\/localhost:\d+/,
  );
  try {
    const empty = await server.memory();
    const inWindow = new ServerWindow(server);
    const readings: Partial<Record<CheckpointName, MemorySample>> = {};
    const load = await runGenerator(
      {
        target: 'lab',
        url: `http://127.0.0.1:${port}`,
        n,
        actions,
        ...timing,
        scenarioId: benchScenarioId,
        traineeIds: users.traineeIds,
        traineeCookies: users.traineeCookies,
        observerCookies: users.observerCookies,
        stepsBeforeMemory,
        launchLimitMs,
      },
      async (name) => {
        await sleep(1000);
        readings[name] = await server.memory();
      },
      inWindow.edge,
      120_000 + launchLimitMs + timing.warmupMs + timing.windowMs,
    );
    const { connected, live } = readings;
    if (!connected || !live) throw new Error('the lab generator skipped a checkpoint');
    await sleep(1000);
    const end = await server.memory();
    const serverErrors = server.recent.filter((line) => /error|failed/i.test(line));
    return { load, memory: { empty, connected, live, end }, serverErrors, ...(await inWindow.readings()) };
  } finally {
    await server.stop();
    await rm(users.dataDir, { recursive: true, force: true });
  }
}
