import { useEffect, useRef } from 'react';
import type { TranscriptLine } from '../../../scenarios/projection/callView.js';

/**
 * Calls `onLine` for each caller line that arrives while the console is open. Lines already in the
 * log when the session was joined (a reload, a reconnect) are history and are not repeated.
 */
export function useFreshCallerLines(
  sessionId: string | null,
  lines: TranscriptLine[],
  ready: boolean,
  onLine: (line: TranscriptLine) => void,
): void {
  const seenUpTo = useRef<number | null>(null);
  const handler = useRef(onLine);
  useEffect(() => {
    handler.current = onLine;
  });
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
    for (const line of callerLines) if (line.seq > since) handler.current(line);
    seenUpTo.current = Math.max(since, newest);
  }, [lines, ready]);
}
