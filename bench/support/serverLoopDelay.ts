import type { WindowEdge } from '../load/messages.js';
import { waitForLine } from './children.js';
import type { ServerProcess } from './serverProcess.js';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** How late the server's event loop ran while the generator's window was open, in ms (from the probe). */
export class ServerLoopDelay {
  #inWindow: Promise<LoopDelay | null> = Promise.resolve(null);

  constructor(private readonly server: ServerProcess) {}

  #read(): Promise<LoopDelay> {
    const reported = waitForLine(this.server.child, /^BENCH_LOOP (.*)$/, 10_000);
    this.server.child.kill('SIGWINCH');
    return reported.then((match) => JSON.parse(match[1]!) as LoopDelay);
  }

  /** The window opens: the count starts afresh. It closes: what the count holds is the window's. */
  edge = (edge: WindowEdge): void => {
    const reading = this.#read();
    if (edge === 'open') reading.catch(() => undefined);
    else this.#inWindow = reading.catch(() => null);
  };

  inWindow(): Promise<LoopDelay | null> {
    return this.#inWindow;
  }
}
