import { useEffect, useLayoutEffect, useRef } from 'react';

export interface SoftphoneKeys {
  answer?: () => void;
  holdOrResume?: () => void;
  hangUp?: () => void;
  mute?: () => void;
}

export const shortcutLabels = { answer: 'Alt+A', holdOrResume: 'Alt+H', hangUp: 'Alt+X', mute: 'Alt+M' } as const;

// Physical keys, because Alt changes the typed character on some layouts (macOS Option+A is "å").
const keyCodes: Record<string, keyof SoftphoneKeys> = { KeyA: 'answer', KeyH: 'holdOrResume', KeyX: 'hangUp', KeyM: 'mute' };

/** Softphone keys work from anywhere on the page, also while typing a reply, like a real agent client. */
export function useSoftphoneShortcuts(keys: SoftphoneKeys, enabled: boolean): void {
  const latest = useRef(keys);
  // Before paint, not after: a key pressed as soon as the screen shows "on hold" must already resume.
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      const name = keyCodes[event.code];
      const handler = name ? latest.current[name] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
