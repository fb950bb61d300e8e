import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../../scenarios/projection/callView.js';
import '../conversation/whisper.css';

/** Says, where the trainee looks for the call's state, that the instructor stopped the scene and who. */
export function PausedNotice({ view }: { view: CallView }) {
  const { t } = useTranslation();
  if (view.pausedAt === null || view.phase === 'ended') return null;
  return (
    <p className="paused-notice" role="status">
      {t('coaching.pausedNotice', { name: view.pausedBy ?? '' })}
    </p>
  );
}
