import { useCallback, useEffect, useState } from 'react';

export const replaySpeeds = [0.5, 1, 2, 4, 8] as const;
export type ReplaySpeed = (typeof replaySpeeds)[number];

const tickMs = 100;

export interface ReplayClock {
  /** Milliseconds since the start of the session. */
  position: number;
  playing: boolean;
  speed: ReplaySpeed;
  seek: (position: number) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: ReplaySpeed) => void;
}

/** A tape deck over the session's duration: play at a speed, pause, seek; stops at the end. */
export function useReplayClock(duration: number): ReplayClock {
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(1);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      const step = (now - last) * speed;
      last = now;
      setPosition((current) => Math.min(duration, current + step));
    }, tickMs);
    return () => window.clearInterval(timer);
  }, [playing, speed, duration]);

  useEffect(() => {
    if (playing && position >= duration) setPlaying(false);
  }, [playing, position, duration]);

  const seek = useCallback((next: number) => setPosition(Math.max(0, Math.min(duration, next))), [duration]);
  const play = useCallback(() => {
    // Playing from the end starts the tape again, as players do.
    setPosition((current) => (current >= duration ? 0 : current));
    setPlaying(true);
  }, [duration]);
  const pause = useCallback(() => setPlaying(false), []);

  return { position, playing, speed, seek, play, pause, setSpeed };
}
