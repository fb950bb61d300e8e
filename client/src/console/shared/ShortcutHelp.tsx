import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { consoleShortcuts } from './shortcutList.js';

/** True when a key typed there is text: "?" must stay a question mark in the reply box. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * The keyboard-shortcut help: a "Shortcuts" button, or "?" outside a text field, opens a modal dialog
 * listing every phone shortcut; Escape or Close shuts it and focus goes back where it was.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  const open = () => {
    const box = dialog.current;
    if (!box || box.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box.showModal();
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: open only sets state, so the listener registered once stays right
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onClose = () => {
    opener.current?.focus();
    opener.current = null;
  };

  return (
    <>
      <button type="button" className="shortcut-help__open" onClick={open} aria-haspopup="dialog" aria-keyshortcuts="?">
        {t('shortcutHelp.open')}
      </button>
      <dialog ref={dialog} className="shortcut-help" aria-labelledby={titleId} onClose={onClose}>
        <h2 id={titleId}>{t('shortcutHelp.title')}</h2>
        <table className="shortcut-help__table">
          <caption className="sr-only">{t('shortcutHelp.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shortcutHelp.keys')}</th>
              <th scope="col">{t('shortcutHelp.action')}</th>
            </tr>
          </thead>
          <tbody>
            {consoleShortcuts.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>{t(shortcut.label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog puts the focus on its close button when it opens */}
          <button type="submit" className="primary" autoFocus>
            {t('shortcutHelp.closeButton')}
          </button>
        </form>
      </dialog>
    </>
  );
}
