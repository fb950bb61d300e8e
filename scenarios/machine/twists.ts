import type { Localized } from '../../protocol/views.js';
import type { Scenario } from '../format/schema.js';
import { reactionLine } from './facts.js';

/** A twist the instructor may inject: the caller's lines, its mood, and where the script goes (or the line drops). */
export interface Twist {
  label: Localized;
  say: string[];
  mood?: number;
  to?: string;
  /** The line drops: the caller is gone, as when it hangs up. */
  dropsLine?: true;
}

/** Twists every phone caller can be given, in its own language's stock lines: no scenario has to write them. */
const builtInTwists: Record<string, Twist> = {
  angrier: {
    label: { it: 'Il cliente si arrabbia di più', en: 'The caller gets angrier' },
    say: [reactionLine('twistAngrier')],
    mood: -1,
  },
  supervisor: {
    label: { it: 'Il cliente chiede un responsabile', en: 'The caller asks for a supervisor' },
    say: [reactionLine('rudeSupervisor')],
    mood: -1,
  },
  lineDrops: { label: { it: 'Cade la linea', en: 'The line drops' }, say: [], dropsLine: true },
};

/** The scenario's twists: the built-in ones for a phone call, then its own (an own twist of the same id replaces one). */
export function twistsOf(scenario: Scenario): Record<string, Twist> {
  return { ...(scenario.channel === 'phone' ? builtInTwists : {}), ...scenario.twists };
}
