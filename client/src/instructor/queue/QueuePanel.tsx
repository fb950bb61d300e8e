import { useTranslation } from 'react-i18next';
import type { ClassView } from '../../../../protocol/http.js';
import type { ScenarioSummary } from '../../../../protocol/views.js';
import { QueueForm } from './QueueForm.js';
import { QueueStatus } from './QueueStatus.js';
import './queue.css';

/** The class queue above the wall: callers put in it, and how it is doing. */
export function QueuePanel({ classes, scenarios }: { classes: ClassView[] | null; scenarios: ScenarioSummary[] | null }) {
  const { t } = useTranslation();
  return (
    <details className="queue-panel-box" open>
      <summary>{t('queue.title')}</summary>
      <div className="queue-panel">
        {classes && scenarios ? <QueueForm classes={classes} scenarios={scenarios} /> : <p className="muted">{t('app.loading')}</p>}
        <QueueStatus />
      </div>
    </details>
  );
}
