import { useCallback, useEffect, useState } from 'react';
import type { ScenarioSummary } from '../../../protocol/views.js';

type VoiceSettings = ScenarioSummary['voice'];

/** What the console can tell the trainee about the caller's voice. */
export type CallerVoiceState =
  /** The browser is still listing its voices (most load asynchronously), or no call is open. */
  | { kind: 'looking' }
  | { kind: 'speaking'; name: string; voiceLang: string; wantedLang: string }
  /** Speech synthesis works but has no voice of the contact's language: the lines stay text only. */
  | { kind: 'noVoice'; wantedLang: string }
  /** The browser has no speech synthesis at all. */
  | { kind: 'noSynthesis' };

export interface CallerVoice {
  state: CallerVoiceState;
  available: boolean;
  speak: (text: string) => void;
}

/** How long the console waits for a browser that lists no voice yet before saying there is none. */
const voiceListPatienceMs = 1500;

function synth(): SpeechSynthesis | null {
  if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return null;
  return window.speechSynthesis ?? null;
}
const normalise = (lang: string) => lang.replace('_', '-').toLowerCase();

/** An exact language-and-region voice if there is one, else any voice of the same language; the system's default first. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = normalise(lang);
  const base = wanted.split('-')[0];
  const defaultFirst = [...voices].sort((a, b) => Number(b.default) - Number(a.default));
  return (
    defaultFirst.find((voice) => normalise(voice.lang) === wanted) ??
    defaultFirst.find((voice) => normalise(voice.lang).split('-')[0] === base) ??
    null
  );
}

/** The caller's voice through the browser's speech synthesis; the transcript stays the fallback. */
export function useCallerVoice(settings: VoiceSettings | null, muted: boolean): CallerVoice {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [listed, setListed] = useState(false);
  const lang = settings?.lang ?? null;
  const speech = synth();

  useEffect(() => {
    setVoice(null);
    setListed(false);
    const synthesis = synth();
    if (!synthesis || !lang) return;
    // Voices load asynchronously in most browsers: look again whenever the list changes, and give
    // a browser that never announces a list a moment before saying it has no voice.
    const refresh = () => {
      const voices = synthesis.getVoices();
      setVoice(pickVoice(voices, lang));
      if (voices.length > 0) setListed(true);
    };
    const onChange = () => {
      refresh();
      setListed(true);
    };
    refresh();
    synthesis.addEventListener('voiceschanged', onChange);
    const patience = window.setTimeout(() => setListed(true), voiceListPatienceMs);
    return () => {
      synthesis.removeEventListener('voiceschanged', onChange);
      window.clearTimeout(patience);
    };
  }, [lang]);

  useEffect(() => {
    if (muted) synth()?.cancel();
  }, [muted]);
  useEffect(() => () => synth()?.cancel(), []);

  const speak = useCallback(
    (text: string) => {
      const synthesis = synth();
      if (!synthesis || !settings || muted) return;
      // A line that arrives before the voice list reached React's state still gets its voice.
      const chosen = voice ?? pickVoice(synthesis.getVoices(), settings.lang);
      if (!chosen) return;
      try {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = chosen;
        utterance.lang = chosen.lang;
        utterance.rate = settings.rate;
        utterance.pitch = settings.pitch;
        synthesis.speak(utterance);
      } catch {
        // Speech is a convenience; the line is on screen and announced either way.
      }
    },
    [voice, settings, muted],
  );

  const state: CallerVoiceState = !speech
    ? { kind: 'noSynthesis' }
    : !lang
      ? { kind: 'looking' }
      : voice
        ? { kind: 'speaking', name: voice.name, voiceLang: voice.lang, wantedLang: lang }
        : listed
          ? { kind: 'noVoice', wantedLang: lang }
          : { kind: 'looking' };
  return { state, available: voice !== null, speak };
}
