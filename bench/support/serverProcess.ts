import type { ChildProcess } from 'node:child_process';
import { readdir, readlink } from 'node:fs/promises';
import { rssKb, spawnTs, stopChild, waitForLine } from './children.js';

export interface MemorySample {
  /** VmRSS read from /proc before the forced collection, KB. */
  rawRssKb: number;
  /** VmRSS read from /proc just after a full collection, KB. */
  rssKb: number;
  /** V8 heap in use after the collection, KB. */
  heapUsedKb: number;
  /** Open file descriptors (sockets, files) of the process. */
  openFiles: number;
  /** Of those, session logs (`*.jsonl`). */
  openLogs: number;
}

/** A server under bench: its own process, its output kept (last lines) for diagnosis, its memory readable. */
export class ServerProcess {
  readonly recent: string[] = [];

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.recent.push(line);
      this.recent.splice(0, Math.max(0, this.recent.length - 40));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /** Starts `entry` with the memory probe preloaded and waits for the line saying it listens. */
  static async start(name: string, entry: string, env: NodeJS.ProcessEnv, ready: RegExp): Promise<ServerProcess> {
    const child = spawnTs(entry, env, ['--expose-gc', '--import', './bench/support/memoryProbe.ts']);
    const server = new ServerProcess(name, child);
    try {
      await waitForLine(child, ready, 60_000);
    } catch (error) {
      await stopChild(child);
      throw new Error(`${name} did not start: ${(error as Error).message}\n${server.recent.join('\n')}`);
    }
    return server;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Reads VmRSS, asks the probe for a full collection, then reads VmRSS again. */
  async memory(): Promise<MemorySample> {
    const rawRssKb = await rssKb(this.pid);
    const reported = waitForLine(this.child, /^BENCH_MEMORY (.*)$/, 10_000);
    this.child.kill('SIGUSR2');
    const report = JSON.parse((await reported)[1]!) as { heapUsed: number };
    const fdDir = `/proc/${this.pid}/fd`;
    const targets = await Promise.all((await readdir(fdDir)).map((fd) => readlink(`${fdDir}/${fd}`).catch(() => '')));
    const openLogs = targets.filter((target) => target.endsWith('.jsonl')).length;
    return { rawRssKb, rssKb: await rssKb(this.pid), heapUsedKb: report.heapUsed / 1024, openFiles: targets.length, openLogs };
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}
