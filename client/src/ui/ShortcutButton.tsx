import type { ComponentProps } from 'react';
import { ShortcutHint } from './ShortcutHint.js';

type ShortcutButtonProps = Omit<ComponentProps<'button'>, 'type' | 'aria-keyshortcuts'> & {
  /** e.g. "Alt+A": announced as the button's shortcut and shown beside it, from one value so they never disagree. */
  keys: string;
};

/** A button with a keyboard shortcut and its visible reminder. */
export function ShortcutButton({ keys, ...button }: ShortcutButtonProps) {
  return (
    <span className="control-with-hint">
      <button type="button" aria-keyshortcuts={keys} {...button} />
      <ShortcutHint keys={keys} />
    </span>
  );
}
