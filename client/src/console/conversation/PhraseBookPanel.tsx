import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPhraseBook } from '../../phrasebook/loadPhraseBook.js';
import { fillPhrase, phraseMoments, type PhraseBook } from '../../phrasebook/types.js';

interface PhraseBookPanelProps {
  /** The contact's language: the phrases are the ones to say to this caller. */
  language: string;
  agentName: string | null;
  onPick: (text: string) => void;
  onClose: () => void;
}

/** Standard phrases grouped by the call's moments; picking one puts it in the reply box, never sends it. */
export default function PhraseBookPanel({ language, agentName, onPick, onClose }: PhraseBookPanelProps) {
  const { t } = useTranslation();
  const [book, setBook] = useState<{ language: string; book: PhraseBook } | null>(null);
  const titleId = useId();
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void loadPhraseBook(language).then((loaded) => {
      if (live) setBook({ language, book: loaded });
    });
    return () => {
      live = false;
    };
  }, [language]);

  const ready = book !== null && book.language === language;
  useEffect(() => {
    if (ready) first.current?.focus();
  }, [ready]);

  return (
    <section
      className="phrase-book"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id={titleId} className="subhead">
        {t('phraseBook.title', { language: t(`phraseBook.language.${language}`, { defaultValue: language }) })}
      </h3>
      {!ready ? (
        <p className="muted">{t('phraseBook.loading')}</p>
      ) : (
        phraseMoments.map((moment, group) => (
          <div key={moment} className="phrase-book__group" role="group" aria-labelledby={`${titleId}-${moment}`}>
            <h4 id={`${titleId}-${moment}`} className="subhead subhead--small">
              {t(`phraseBook.moment.${moment}`)}
            </h4>
            <ul className="phrase-book__list" lang={language}>
              {book.book.phrases[moment].map((phrase, index) => {
                const text = fillPhrase(book.book, phrase, agentName);
                return (
                  <li key={phrase}>
                    <button
                      type="button"
                      className="phrase-book__phrase"
                      ref={group === 0 && index === 0 ? first : undefined}
                      onClick={() => onPick(text)}
                    >
                      {text}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
