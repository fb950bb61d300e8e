/** The visible reminder of a softphone shortcut; kept out of the button's name so names stay short. */
export function ShortcutHint({ keys }: { keys: string }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a kbd is never focusable; it is hidden so the button's name stays short
    <kbd className="shortcut" aria-hidden="true">
      {keys}
    </kbd>
  );
}
