import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../protocol/socket.js';
import type { Result } from '../../protocol/result.js';
import { createApplication, type Application, type ApplicationOptions } from '../../server/app.js';
import { loadScenarioCatalog } from '../../server/scenarioCatalog.js';
import { seedDemoData } from '../../server/seed.js';
import { openDocumentStore } from '../../server/store/documentStore.js';
import { FileEventLogStore } from '../../server/store/fileEventLogStore.js';
import { openSessionIndex } from '../../server/store/sessionIndex.js';
import { openReviewLog } from '../../server/store/reviewLog.js';
import { openScenarioVersions } from '../../server/store/scenarioVersions.js';
import { afterAll, beforeAll } from 'vitest';
import { ManualClock } from './manualClock.js';
import { within } from './within.js';

export type LabClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface RunningLab {
  application: Application;
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** A real lab on a free port, with its data in a fresh folder on disk. */
export async function startLab(overrides: Partial<ApplicationOptions> = {}, dataDir?: string): Promise<RunningLab> {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), 'lab-test-')));
  const documents = await openDocumentStore(path.join(dir, 'lab.json'));
  await seedDemoData(documents);
  const application = await createApplication({
    documents,
    sessions: await openSessionIndex(path.join(dir, 'session-index.jsonl'), documents),
    log: new FileEventLogStore(path.join(dir, 'sessions')),
    reviews: await openReviewLog(path.join(dir, 'reviews.jsonl')),
    versions: await openScenarioVersions(path.join(dir, 'scenario-versions')),
    catalog: await loadScenarioCatalog(),
    staticDir: null,
    // The labs of the tests run in demo mode, so the demo accounts' passwords work.
    demo: true,
    dataDir: dir,
    ...overrides,
  });
  const port = await application.listen(0, '127.0.0.1');
  if (overrides.clock instanceof ManualClock) overrides.clock.settle = () => application.context.registry.settled();
  return { application, baseUrl: `http://127.0.0.1:${port}`, dataDir: dir, stop: () => application.close() };
}

/** Stops a lab, and says so if it hangs instead of letting the test's own timeout hide where. */
export function stopLab(lab: RunningLab): Promise<void> {
  return within(30_000, `stopping the lab at ${lab.baseUrl}`, lab.stop());
}

/** One lab for a test file: started before its tests, stopped after them with every socket they opened. */
export function labPerFile(overrides: Partial<ApplicationOptions> = {}): { readonly lab: RunningLab; sockets: LabClient[] } {
  let lab: RunningLab | null = null;
  const sockets: LabClient[] = [];
  beforeAll(async () => {
    lab = await startLab(overrides);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    if (lab) await stopLab(lab);
  });
  return {
    get lab() {
      if (!lab) throw new Error('The lab starts before the file’s tests.');
      return lab;
    },
    sockets,
  };
}

/** Logs in over HTTP and returns the session cookie. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!response.ok || !cookie) throw new Error(`login of ${username} failed: ${response.status}`);
  return cookie.split(';')[0]!;
}

export async function getJson<T>(baseUrl: string, route: string, cookie?: string): Promise<{ status: number; body: Result<T> }> {
  const response = await fetch(`${baseUrl}${route}`, { headers: cookie ? { cookie } : {} });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

/** A real socket.io client that authenticates with the cookie, as the browser does. */
export async function connectAs(baseUrl: string, cookie: string): Promise<LabClient> {
  const socket: LabClient = connect(baseUrl, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Polls until the check holds: for messages that travel over a real socket. */
export async function eventually(check: () => boolean, ms = 10_000): Promise<void> {
  for (const start = Date.now(); !check(); ) {
    if (Date.now() - start > ms) throw new Error('the expected state never came');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const demo = {
  instructor: ['docente', 'docente'],
  assessor: ['valutatore', 'valutatore'],
  admin: ['admin', 'admin'],
  trainee1: ['allievo1', 'allievo'],
  trainee2: ['allievo2', 'allievo'],
  trainee4: ['allievo4', 'allievo'],
} as const;

export async function connectDemo(lab: RunningLab, who: keyof typeof demo): Promise<{ socket: LabClient; cookie: string }> {
  const [username, password] = demo[who];
  const cookie = await login(lab.baseUrl, username, password);
  return { socket: await connectAs(lab.baseUrl, cookie), cookie };
}

let counter = 0;
export const actionId = () => `test-action-${Date.now()}-${++counter}`;
