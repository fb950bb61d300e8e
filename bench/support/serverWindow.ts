import type { WindowEdge } from '../load/messages.js';
import { ServerCpu } from './serverCpu.js';
import { ServerLoopDelay, type LoopDelay } from './serverLoopDelay.js';
import type { ServerProcess } from './serverProcess.js';

/** What a server did while the generator's window was open. */
export interface ServerInWindow {
  /** CPU the server used in the window, in % of one core. */
  serverCpuPercent: number;
  /** How late the server's event loop ran in the window (null if the probe did not answer). */
  loopDelay: LoopDelay | null;
}

/** Reads a server's CPU and event-loop lateness at the window's edges, the same way for the lab and the baseline. */
export class ServerWindow {
  #cpu: ServerCpu;
  #loop: ServerLoopDelay;

  constructor(server: ServerProcess) {
    this.#cpu = new ServerCpu(server.pid);
    this.#loop = new ServerLoopDelay(server);
  }

  edge = (edge: WindowEdge): void => {
    this.#cpu.edge(edge);
    this.#loop.edge(edge);
  };

  async readings(): Promise<ServerInWindow> {
    return { serverCpuPercent: await this.#cpu.percent(), loopDelay: await this.#loop.inWindow() };
  }
}
