import type { TraineeAction } from '../../protocol/actions.js';
import type { LatencySummary } from '../support/stats.js';

interface CommonLoadConfig {
  url: string;
  /** Concurrent calls: N acting sockets, each watched by one observer socket. */
  n: number;
  warmupMs: number;
  windowMs: number;
  /** Mean think time before each action in the window (0: none). */
  thinkMs: number;
  actions: TraineeAction[];
}

export interface BaselineLoadConfig extends CommonLoadConfig {
  target: 'baseline';
}

export interface LabLoadConfig extends CommonLoadConfig {
  target: 'lab';
  scenarioId: string;
  traineeIds: string[];
  traineeCookies: string[];
  observerCookies: string[];
  /** Actions each trainee plays before the "calls live" memory reading. */
  stepsBeforeMemory: number;
  /** The class launch stops after this long; the run goes on with the calls launched by then. */
  launchLimitMs: number;
}

export type LoadConfig = BaselineLoadConfig | LabLoadConfig;

/** Moments at which the generator pauses so the parent can read the server's memory. */
export type CheckpointName = 'connected' | 'live';

export interface LoadResult {
  windowMs: number;
  /** Acting sockets in the window: N, or fewer if the lab's class launch hit its time limit. */
  actors: number;
  /** Actions acknowledged within the window (ok or not). */
  acks: number;
  /** Failed acks by error code, and other failed requests (a healthy run has none). */
  failures: Record<string, number>;
  /** Acting sockets still waiting for an answer when the window closed, by what they waited for. */
  pendingAtClose: Record<string, number>;
  latency: LatencySummary;
  /** Acks before the warm-up (the lab's class launch, when each call is played to wrap-up), unwindowed. */
  setupLatency: LatencySummary;
  /** Sessions launched from the start to the end of the run, successful launches only (lab only). */
  launchedInRun: number;
  /** Session events delivered to the observer sockets within the window (the lab sends an action's events in one message). */
  observerEvents: number;
  /** Messages the server sent to the generator's sockets within the window, acks included. */
  serverMessages: number;
  /** Calls played from first to last action within the window (lab only). */
  callsCompleted: number;
  /** Round trip of a `session:launch` for one trainee, during the run (lab only). */
  launchLatency: LatencySummary | null;
  /** Share of the trainees' time in the window spent between calls: launch and joins (lab only). */
  launchWaitShare: number;
  /** CPU the generator itself used in the window, in % of one core. */
  generatorCpuPercent: number;
  setup: { connectMs: number; launchMs: number | null };
}

export type ParentMessage = { type: 'start'; config: LoadConfig } | { type: 'continue' };
/** The window opened or closed (a notice; the generator does not wait for an answer). */
export type WindowEdge = 'open' | 'closed';

export type GeneratorMessage =
  | { type: 'checkpoint'; name: CheckpointName }
  | { type: 'window'; edge: WindowEdge }
  | { type: 'result'; result: LoadResult }
  | { type: 'failed'; message: string };
