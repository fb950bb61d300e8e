import type { Localized } from './views.js';
import type { LaunchMode } from './vocabulary.js';

/**
 * One live call as the wall of live calls shows it: who, what, where the call is, and the moments
 * the instructor's alerts count from. Times are on the server's clock; the wall ticks them itself.
 */
export interface WallCard {
  sessionId: string;
  traineeId: string;
  traineeName: string;
  classId: string | null;
  scenarioTitle: Localized;
  mode: LaunchMode;
  phase: 'ringing' | 'talking' | 'onHold' | 'wrapUp' | 'ended';
  launchedAt: number | null;
  answeredAt: number | null;
  /** On hold since, and hold time so far before this hold. */
  holdStartedAt: number | null;
  holdMs: number;
  /** The trainee's last reply or console action: the silence counts from it. */
  lastTraineeAt: number | null;
  /** The caller's mood (−3 angry … 3 pleased), and whether the instructor paused the call. */
  mood: number | null;
  paused: boolean;
  /** The instructor playing the caller (role-play or a take-over), or null while the script plays it. */
  callerPlayedBy: string | null;
  /** When the caller's patience runs out if nothing happens (its last timer, or the hold's patience). */
  patienceEndsAt: number | null;
  itemsMet: number;
  itemsTotal: number;
  /** Critical items already lost by something the trainee did (not items merely not reached yet). */
  criticalMissed: Localized[];
}

/** The wall as a watcher opens it, with the server's clock so the wall's timers tick on the same time. */
export interface WallSnapshot {
  now: number;
  cards: WallCard[];
}

/** A wall push: the cards that changed, and the calls that left the wall. */
export interface WallUpdate {
  cards: WallCard[];
  gone: string[];
}
