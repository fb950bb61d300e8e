import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShortcutButton } from '../../ui/ShortcutButton.js';
import { useAltShortcut } from '../shared/useAltShortcut.js';

const PhraseBookPanel = lazy(() => import('./PhraseBookPanel.js'));

interface PhraseBookToggleProps {
  language: string;
  agentName: string | null;
  disabled: boolean;
  onPick: (text: string) => void;
}

/** The phrase book one key away (Alt+P): a disclosure button and, once opened, the panel of phrases. */
export function PhraseBookToggle({ language, agentName, disabled, onPick }: PhraseBookToggleProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  useAltShortcut('KeyP', disabled ? null : () => setOpen((value) => !value));
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="phrase-book-toggle">
      <ShortcutButton
        ref={button}
        keys="Alt+P"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        disabled={disabled}
      >
        {t('phraseBook.open')}
      </ShortcutButton>
      {open && !disabled && (
        <div id={panelId}>
          <Suspense fallback={<p className="muted">{t('phraseBook.loading')}</p>}>
            <PhraseBookPanel
              language={language}
              agentName={agentName}
              onClose={close}
              onPick={(text) => {
                setOpen(false);
                onPick(text);
              }}
            />
          </Suspense>
        </div>
      )}
    </div>
  );
}
