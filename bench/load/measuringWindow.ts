import { performance } from 'node:perf_hooks';
import { summarize } from '../support/stats.js';
import type { LoadResult, WindowEdge } from './messages.js';

/** A warm-up, then a fixed measuring window; only what completes inside the window counts. */
export class MeasuringWindow {
  #start = Number.POSITIVE_INFINITY;
  #end = Number.POSITIVE_INFINITY;
  #latencies: number[] = [];
  #setupLatencies: number[] = [];
  #launched = 0;
  #launches: number[] = [];
  #acks = 0;
  #failures: Record<string, number> = {};
  #observerEvents = 0;
  #serverMessages = 0;
  #calls = 0;
  #launchWaitMs = 0;
  #cpuAtOpen: NodeJS.CpuUsage | null = null;
  #cpuInWindow: NodeJS.CpuUsage | null = null;
  #closed: Promise<void> | null = null;
  #waitsSettled = false;

  constructor(
    readonly warmupMs: number,
    readonly windowMs: number,
    /** Told when the window opens and closes, so the parent can read the server's CPU time then. */
    private readonly onEdge: (edge: WindowEdge) => void = () => {},
  ) {}

  /** Starts the warm-up now; the window opens when it is over. */
  begin(): void {
    this.#start = performance.now() + this.warmupMs;
    this.#end = this.#start + this.windowMs;
    setTimeout(() => {
      this.#cpuAtOpen = process.cpuUsage();
      this.onEdge('open');
    }, this.warmupMs);
    this.#closed = new Promise((resolve) =>
      setTimeout(() => {
        this.#cpuInWindow = process.cpuUsage(this.#cpuAtOpen ?? undefined);
        this.onEdge('closed');
        resolve();
      }, this.warmupMs + this.windowMs),
    );
  }

  /** Resolves when the window closes. */
  closed(): Promise<void> {
    if (!this.#closed) throw new Error('the window has not begun');
    return this.#closed;
  }

  get over(): boolean {
    return performance.now() >= this.#end;
  }

  #inside(at: number): boolean {
    return at >= this.#start && at < this.#end;
  }

  ack(sentAt: number, failure: string | null): void {
    const now = performance.now();
    if (this.#start === Number.POSITIVE_INFINITY && !failure) this.#setupLatencies.push(now - sentAt);
    if (!this.#inside(now)) return;
    this.#acks += 1;
    this.#latencies.push(now - sentAt);
    if (failure) this.#failures[failure] = (this.#failures[failure] ?? 0) + 1;
  }

  /** Something other than an action failed inside the window (a launch, a join). */
  failure(what: string): void {
    if (this.#inside(performance.now())) this.#failures[what] = (this.#failures[what] ?? 0) + 1;
  }

  /** Sessions launched at any time of the run (the class launch included). */
  launched(count: number): void {
    this.#launched += count;
  }

  launch(sentAt: number): void {
    this.#launched += 1;
    const now = performance.now();
    if (this.#inside(now)) this.#launches.push(now - sentAt);
  }

  /** A trainee waited between two calls since `from` (launch and joins); counts the part inside the window. */
  waited(from: number): void {
    if (this.#waitsSettled) return;
    this.#launchWaitMs += Math.max(0, Math.min(performance.now(), this.#end) - Math.max(from, this.#start));
  }

  /** At the close: waits still open count up to the close, and waits that end later are not counted again. */
  settleWaits(openSince: readonly number[]): void {
    for (const from of openSince) this.waited(from);
    this.#waitsSettled = true;
  }

  /** A message from the server reached one of the generator's sockets (an ack, an event, anything). */
  serverMessage(): void {
    if (this.#inside(performance.now())) this.#serverMessages += 1;
  }

  observerEvent(): void {
    if (this.#inside(performance.now())) this.#observerEvents += 1;
  }

  callCompleted(): void {
    if (this.#inside(performance.now())) this.#calls += 1;
  }

  result(setup: LoadResult['setup'], actors: number, withLaunches: boolean, pendingAtClose: LoadResult['pendingAtClose'] = {}): LoadResult {
    const cpu = this.#cpuInWindow;
    return {
      actors,
      pendingAtClose,
      windowMs: this.windowMs,
      acks: this.#acks,
      failures: this.#failures,
      latency: summarize(this.#latencies),
      setupLatency: summarize(this.#setupLatencies),
      launchedInRun: this.#launched,
      observerEvents: this.#observerEvents,
      serverMessages: this.#serverMessages,
      callsCompleted: this.#calls,
      launchLatency: withLaunches ? summarize(this.#launches) : null,
      launchWaitShare: this.#launchWaitMs / (actors * this.windowMs),
      generatorCpuPercent: cpu ? ((cpu.user + cpu.system) / 1000 / this.windowMs) * 100 : Number.NaN,
      setup,
    };
  }
}

export const now = () => performance.now();
