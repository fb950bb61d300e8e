import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcessOptions {
  /** More settings, or other values for the ones set here. */
  env?: Record<string, string>;
  /** The compiled server (`node dist/server/main.js`, made by `npm run build`) instead of the sources under tsx. */
  compiled?: boolean;
  /** The folder the server is started from (the project folder when not given). */
  cwd?: string;
  /** Receives everything the server writes to stdout (its log lines). */
  onStdout?: (text: string) => void;
}

function spawnServer(dataDir: string, port: number, options: ServerProcessOptions): ChildProcess {
  const entry = options.compiled ? [`${root}dist/server/main.js`] : ['--import', 'tsx', `${root}server/main.ts`];
  return spawn(process.execPath, entry, {
    cwd: options.cwd ?? root,
    env: { ...process.env, LAB_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: 'production', LAB_DEMO: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The real server as its own process, run until it exits by itself: its exit code and all it wrote. */
export async function serverProcessExit(
  dataDir: string,
  port: number,
  options: ServerProcessOptions = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawnServer(dataDir, port, options);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}

/** The real server, `tsx server/main.ts` (or the compiled one), as its own process; resolves once it listens. */
export async function startServerProcess(dataDir: string, port: number, options: ServerProcessOptions = {}): Promise<ChildProcess> {
  const child = spawnServer(dataDir, port, options);
  if (options.onStdout) child.stdout!.on('data', (chunk: Buffer) => options.onStdout?.(chunk.toString()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Centralino Lab on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return child;
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
