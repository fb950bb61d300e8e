import type { Localized } from './views.js';
import type { LaunchMode } from './vocabulary.js';

/** A call waiting in a class's queue, as the instructor sees it. */
export interface WaitingCall {
  id: string;
  scenarioTitle: Localized;
  mode: LaunchMode;
  /** When the caller joined the queue (a staggered call joins later). */
  dueAt: number;
}

/** A class's queue now, and its real figures: answer speed and abandonment. */
export interface QueueView {
  classId: string;
  className: string;
  /** Due callers waiting now, the longest waiting first. */
  waiting: WaitingCall[];
  /** Calls put in the queue that join later (staggered). */
  scheduled: number;
  offered: number;
  answered: number;
  abandoned: number;
  /** Average speed of answer: from joining the queue to the trainee's answer, over the answered calls. */
  averageSpeedOfAnswerMs: number | null;
}

export interface QueueSnapshot {
  now: number;
  queues: QueueView[];
}
