import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from '../../session/traineeActions.js';
import { useActionRunner } from '../../session/useActionRunner.js';
import { ErrorNote } from '../../ui/ErrorNote.js';
import type { DraftFill } from '../shared/draftFill.js';
import { useAltShortcut } from '../shared/useAltShortcut.js';

/**
 * The trainee's side of the conversation: Enter sends, Shift+Enter starts a new line. A picked
 * suggestion (`fill`) replaces the draft and moves focus here; it is never sent on its own.
 */
export function ReplyBox({ act, disabled, fill = null }: { act: Act; disabled: boolean; fill?: DraftFill | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const sender = useActionRunner(act);
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!fill) return;
    if (fill.insert) setText((draft) => (draft.trim() ? `${draft.trimEnd()} ${fill.text}` : fill.text));
    else setText(fill.text);
    box.current?.focus();
  }, [fill]);
  useAltShortcut('KeyR', disabled ? null : () => box.current?.focus());

  const send = async () => {
    const reply = text.trim();
    if (!reply || disabled) return;
    if (await sender.run({ type: 'reply', text: reply })) setText('');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form className="reply-box" onSubmit={onSubmit}>
      <label className="reply-box__label">
        {t('conversation.reply')}
        <textarea
          ref={box}
          value={text}
          rows={3}
          maxLength={1000}
          required
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={disabled}
          aria-describedby={hintId}
          aria-keyshortcuts="Alt+R"
        />
      </label>
      <p id={hintId} className="hint">
        {disabled ? t('conversation.replyUnavailable') : t('conversation.replyHint')}
      </p>
      <div className="reply-box__actions">
        <button type="submit" className="primary" disabled={disabled || sender.pending}>
          {t('conversation.send')}
        </button>
      </div>
      <ErrorNote error={sender.error} />
    </form>
  );
}
