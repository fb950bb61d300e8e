import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { units } from '../../../protocol/standard.js';
import type { ConsoleDirectory } from '../../../protocol/views.js';
import { useSocket } from '../api/socketContext.js';
import { formatPercent } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { PanelEmbedding } from '../ui/panelEmbedding.js';
import { AbilityProgressTable } from './AbilityProgressTable.js';
import { PastContactReview } from './PastContactReview.js';
import { PastContactsTable } from './PastContactsTable.js';
import { overallProgress } from './progressStats.js';
import './progress.css';

/** "My progress": per ability of UF1 and UF2, the latest result, the average and the trend; then every past contact. */
export function ProgressView({ directory }: { directory: ConsoleDirectory | null }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const socket = useSocket();
  const progress = useApiResource('GET /api/progress');
  const [openId, setOpenId] = useState<string | null>(null);
  const { reload } = progress;

  // A contact that ends, or a review an assessor releases, while this view is open counts at once.
  useEffect(() => {
    socket.on('session:debrief', reload);
    socket.on('review:released', reload);
    return () => {
      socket.off('session:debrief', reload);
      socket.off('review:released', reload);
    };
  }, [socket, reload]);

  const entries = progress.result?.ok ? progress.result.data : null;
  const overall = entries ? overallProgress(entries) : null;

  return (
    <Panel title={t('progress.title')} className="progress">
      {progress.result === null && <p className="muted">{t('app.loading')}</p>}
      {progress.result && !progress.result.ok && <ErrorNote error={progress.result.error} />}
      {entries && overall && (
        <>
          <p className="progress__summary">
            {t('progress.summary', { count: overall.contacts, passed: overall.passed })}{' '}
            {overall.average !== null && t('progress.overallAverage', { percent: formatPercent(overall.average, language) })}
          </p>
          <p className="hint">{t('reviewMore.source.progressBasis')}</p>
          <div className="progress__tables">
            {units.map((unit) => (
              <AbilityProgressTable key={unit.code} unit={unit} entries={entries} />
            ))}
          </div>
          <PastContactsTable entries={[...entries].reverse()} openId={openId} onOpen={setOpenId} />
          {openId && (
            // The review is a card of its own, with its title on screen, though it sits inside a tab.
            <PanelEmbedding.Provider value={false}>
              <PastContactReview key={openId} sessionId={openId} directory={directory} onClose={() => setOpenId(null)} />
            </PanelEmbedding.Provider>
          )}
        </>
      )}
    </Panel>
  );
}
