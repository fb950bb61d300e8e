import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LaunchMode, PracticeMode } from '../../../protocol/vocabulary.js';
import type { PracticeCatalogue } from '../practice/usePracticeCatalogue.js';
import { useStartPractice } from '../practice/useStartPractice.js';
import { ErrorNote } from '../ui/ErrorNote.js';

interface RetryPracticeProps {
  scenarioId: string;
  /** The finished call's mode: guided and standard are kept, an exam is retried as standard. */
  mode: LaunchMode;
  catalogue: PracticeCatalogue;
}

/** "Try again": the same scenario as a practice call, when the class has it open; otherwise the reason why not. */
export function RetryPractice({ scenarioId, mode, catalogue }: RetryPracticeProps) {
  const { t } = useTranslation();
  const practice = useStartPractice();
  const noteId = useId();
  const practiceMode: PracticeMode = mode === 'guided' ? 'guided' : 'standard';
  const open = catalogue.scenarios?.some((scenario) => scenario.id === scenarioId) ?? false;
  const note =
    catalogue.scenarios === null
      ? catalogue.error
        ? t('retry.catalogueUnavailable')
        : t('retry.checking')
      : open
        ? t('retry.explain', { mode: t(`mode.${practiceMode}`) })
        : t('retry.notOpen');

  return (
    <div className="retry">
      <button
        type="button"
        disabled={!open || practice.pendingId !== null}
        aria-describedby={noteId}
        onClick={() => void practice.start(scenarioId, practiceMode)}
      >
        {practice.pendingId !== null ? t('practice.starting') : t('retry.button')}
      </button>
      <p id={noteId} className="hint">
        {note}
      </p>
      <ErrorNote error={practice.error} />
    </div>
  );
}
