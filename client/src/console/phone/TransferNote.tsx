import { useTranslation } from 'react-i18next';
import type { Directory } from '../../../../protocol/views.js';
import { useLocalized } from '../../i18n/useLocalized.js';
import { directoryLookups } from '../shared/directoryLabels.js';

/** Where the contact went, once it was transferred, and the note left for the colleague (warm transfer). */
export function TransferNote({ department, note, directory }: { department: string; note?: string | null; directory: Directory | null }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const name = directoryLookups(directory).department(department);
  return (
    <>
      <p className="transfer-note">{t('transfer.done', { department: name ? pick(name) : department })}</p>
      {note && <p className="transfer-note transfer-note--warm">{t('phoneExtras.transferNoteDone', { note })}</p>}
    </>
  );
}
