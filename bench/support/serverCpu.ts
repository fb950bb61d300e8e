import { performance } from 'node:perf_hooks';
import type { WindowEdge } from '../load/messages.js';
import { cpuMs } from './children.js';

/** The CPU a server used while the generator's window was open, in % of one core. */
export class ServerCpu {
  #open: { cpu: Promise<number>; at: number } | null = null;
  #percent: Promise<number> = Promise.resolve(Number.NaN);

  constructor(private readonly pid: number) {}

  edge = (edge: WindowEdge): void => {
    if (edge === 'open') {
      this.#open = { cpu: cpuMs(this.pid), at: performance.now() };
      return;
    }
    const open = this.#open;
    if (!open) return;
    const closedAt = performance.now();
    this.#percent = Promise.all([open.cpu, cpuMs(this.pid)]).then(([from, to]) => ((to - from) / (closedAt - open.at)) * 100);
  };

  percent(): Promise<number> {
    return this.#percent.catch(() => Number.NaN);
  }
}
