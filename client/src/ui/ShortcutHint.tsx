/** The visible reminder of a softphone shortcut; kept out of the button's name so names stay short. */
export function ShortcutHint({ keys }: { keys: string }) {
  return (
    <kbd className="shortcut" aria-hidden="true">
      {keys}
    </kbd>
  );
}
