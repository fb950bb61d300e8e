import { rm } from 'node:fs/promises';
import { prepareLabData } from '../lab/labData.js';
import { benchScenarioId } from '../lab/script.js';
import { labEnvironment } from '../runs/labRun.js';
import { forkTs, freePort, stopChild } from '../support/children.js';
import { ServerProcess } from '../support/serverProcess.js';
import { ServerWindow, type ServerInWindow } from '../support/serverWindow.js';
import type { WallLoadConfig, WallLoadMessage, WallLoadResult } from './wallMessages.js';

export interface WallRun extends ServerInWindow {
  result: WallLoadResult;
  thinkMs: number;
}

export interface WallTiming {
  warmupMs: number;
  windowMs: number;
  thinkMs: number;
}

/** The real lab server with N live calls on one instructor's wall, the load in its own process (bench/wall/wallLoad.ts). */
export async function runWall(n: number, timing: WallTiming): Promise<WallRun> {
  const users = await prepareLabData(n);
  const port = await freePort();
  const server = await ServerProcess.start(
    'lab server (wall)',
    'server/main.ts',
    labEnvironment(port, users.dataDir),
    /Centralino Lab on http:\/\/localhost:\d+/,
  );
  const child = forkTs('bench/wall/wallLoad.ts');
  try {
    const inWindow = new ServerWindow(server);
    const config: WallLoadConfig = {
      url: `http://127.0.0.1:${port}`,
      scenarioId: benchScenarioId,
      traineeIds: users.traineeIds,
      traineeCookies: users.traineeCookies,
      launcherCookie: users.observerCookies[0]!,
      watcherCookie: users.observerCookies.at(-1)!,
      ...timing,
    };
    const limitMs = 300_000 + timing.warmupMs + timing.windowMs;
    const result = await new Promise<WallLoadResult>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the wall load did not finish within ${limitMs / 1000} s`)), limitMs);
      child.on('message', (message: WallLoadMessage) => {
        if (message.type === 'window') return inWindow.edge(message.edge);
        clearTimeout(timer);
        if (message.type === 'result') resolve(message.result);
        else reject(new Error(`the wall load failed: ${message.message}\n${server.recent.join('\n')}`));
      });
      child.once('exit', (code) => reject(new Error(`the wall load exited (${code}) without a result`)));
      child.send(config);
    });
    return { result, thinkMs: timing.thinkMs, ...(await inWindow.readings()) };
  } finally {
    await stopChild(child);
    await server.stop();
    await rm(users.dataDir, { recursive: true, force: true });
  }
}
