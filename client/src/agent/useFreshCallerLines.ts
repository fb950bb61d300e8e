import { useEffect, useRef } from 'react';
import type { TranscriptLine } from '../../../scenarios/projection/callView.js';

/**
 * Calls `onLines` with the caller lines that arrived together while the console is open. Lines already in the
 * log when the session was joined (a reload, a reconnect) are history and are not repeated.
 */
export function useFreshCallerLines(
  sessionId: string | null,
  lines: TranscriptLine[],
  ready: boolean,
  onLines: (lines: TranscriptLine[]) => void,
): void {
  const seenUpTo = useRef<number | null>(null);
  const handler = useRef(onLines);
  useEffect(() => {
    handler.current = onLines;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new session starts unseen: sessionId is the trigger, not a value read
  useEffect(() => {
    seenUpTo.current = null;
  }, [sessionId]);
  useEffect(() => {
    if (!ready) return;
    const callerLines = lines.filter((line) => line.speaker === 'caller');
    const newest = callerLines.at(-1)?.seq ?? 0;
    if (seenUpTo.current === null) {
      seenUpTo.current = newest;
      return;
    }
    const since = seenUpTo.current;
    const fresh = callerLines.filter((line) => line.seq > since);
    if (fresh.length > 0) handler.current(fresh);
    seenUpTo.current = Math.max(since, newest);
  }, [lines, ready]);
}
