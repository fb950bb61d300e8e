import { useTranslation } from 'react-i18next';
import type { ReviewComment } from '../../../protocol/review.js';

/** The review's comments pinned to the moment the replay shows: read where they were written about. */
export function MomentNotes({ notes, seq }: { notes: ReviewComment[]; seq: number }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  return (
    <aside className="replay-notes" aria-label={t('assessorReview.momentNotes', { seq })}>
      <ul>
        {notes.map((note) => (
          <li key={`${note.at}-${note.by.id}`}>
            <strong>{note.by.name}:</strong> {note.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
