import { useEffect } from 'react';

type AudioContextConstructor = typeof AudioContext;

function audioContextClass(): AudioContextConstructor | null {
  const scope = window as Window & { webkitAudioContext?: AudioContextConstructor };
  return window.AudioContext ?? scope.webkitAudioContext ?? null;
}

// An Italian-style line tone (425 Hz) in two short bursts, repeated: recognisable, not shrill.
const toneHz = 425;
const burstSeconds = 0.4;
const gapSeconds = 0.2;
const cycleMs = 2500;

function ringOnce(context: AudioContext): void {
  const start = context.currentTime + 0.02;
  for (const offset of [0, burstSeconds + gapSeconds]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = toneHz;
    // Short ramps avoid the click of a square start and stop.
    gain.gain.setValueAtTime(0, start + offset);
    gain.gain.linearRampToValueAtTime(0.18, start + offset + 0.02);
    gain.gain.setValueAtTime(0.18, start + offset + burstSeconds - 0.02);
    gain.gain.linearRampToValueAtTime(0, start + offset + burstSeconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + burstSeconds);
  }
}

/** Rings while `ringing`; silent where Web Audio is missing or the browser refuses to start it. */
export function useRingTone(ringing: boolean): void {
  useEffect(() => {
    if (!ringing) return;
    const Context = audioContextClass();
    if (!Context) return;
    let context: AudioContext;
    try {
      context = new Context();
    } catch {
      return;
    }
    const ring = () => {
      try {
        if (context.state === 'suspended') void context.resume().catch(() => undefined);
        ringOnce(context);
      } catch {
        // A failed ring must never break the console; the visual ring and the announcement remain.
      }
    };
    ring();
    const timer = window.setInterval(ring, cycleMs);
    return () => {
      window.clearInterval(timer);
      void context.close().catch(() => undefined);
    };
  }, [ringing]);
}
