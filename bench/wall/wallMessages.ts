import type { WindowEdge } from '../load/messages.js';
import type { LatencySummary } from '../support/stats.js';

/** What the wall's load process is told to do (bench/wall/wallLoad.ts). */
export interface WallLoadConfig {
  url: string;
  scenarioId: string;
  traineeIds: string[];
  traineeCookies: string[];
  /** The instructor who launches the class, and the one whose wall is watched (one class: they see every call). */
  launcherCookie: string;
  watcherCookie: string;
  warmupMs: number;
  windowMs: number;
  /** Mean pause of each trainee before each console action. */
  thinkMs: number;
}

export interface WallLoadResult {
  /** Calls live (answered) when the wall was opened, and cards its snapshot held. */
  live: number;
  snapshotCards: number;
  /** How long launching, ringing and answering every call took, ms. */
  setupMs: number;
  /** Trainee actions acknowledged in the window. */
  actions: number;
  /** From a trainee's action sent to the wall's push carrying its card's change, ms. */
  latency: LatencySummary;
  /** Actions of the window whose change never reached the wall within the grace after it. */
  unseen: number;
  /** wall:update messages the watcher received in the window, the cards they carried, their JSON size. */
  updates: number;
  cards: number;
  bytes: number;
  windowMs: number;
}

export type WallLoadMessage =
  | { type: 'window'; edge: WindowEdge }
  | { type: 'result'; result: WallLoadResult }
  | { type: 'error'; message: string };
