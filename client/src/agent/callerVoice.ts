import { useCallback, useEffect, useState } from 'react';
import type { ScenarioSummary } from '../../../protocol/views.js';

type VoiceSettings = ScenarioSummary['voice'];

const synth = (): SpeechSynthesis | null => ('speechSynthesis' in window ? window.speechSynthesis : null);
const normalise = (lang: string) => lang.replace('_', '-').toLowerCase();

/** An exact language-and-region voice if there is one, else any voice of the same language. */
function pickVoice(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = normalise(lang);
  const base = wanted.split('-')[0];
  return (
    voices.find((voice) => normalise(voice.lang) === wanted) ?? voices.find((voice) => normalise(voice.lang).split('-')[0] === base) ?? null
  );
}

export interface CallerVoice {
  available: boolean;
  speak: (text: string) => void;
}

/** The caller's voice through the browser's speech synthesis; the transcript stays the fallback. */
export function useCallerVoice(settings: VoiceSettings | null, muted: boolean): CallerVoice {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const lang = settings?.lang ?? null;

  useEffect(() => {
    const speech = synth();
    if (!speech || !lang) {
      setVoice(null);
      return;
    }
    // Voices load asynchronously in most browsers: look again whenever the list changes.
    const refresh = () => setVoice(pickVoice(speech.getVoices(), lang));
    refresh();
    speech.addEventListener('voiceschanged', refresh);
    return () => speech.removeEventListener('voiceschanged', refresh);
  }, [lang]);

  useEffect(() => {
    if (muted) synth()?.cancel();
  }, [muted]);
  useEffect(() => () => synth()?.cancel(), []);

  const speak = useCallback(
    (text: string) => {
      const speech = synth();
      if (!speech || !voice || !settings || muted) return;
      try {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = settings.rate;
        utterance.pitch = settings.pitch;
        speech.speak(utterance);
      } catch {
        // Speech is a convenience; the line is on screen and announced either way.
      }
    },
    [voice, settings, muted],
  );

  return { available: voice !== null, speak };
}
