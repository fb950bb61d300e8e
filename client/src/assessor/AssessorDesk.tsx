import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompetencyPanel } from '../competency/CompetencyPanel.js';
import { ExportLinks } from '../review/ExportLinks.js';
import { ReviewQueuePanel } from '../review/ReviewQueuePanel.js';
import { useSessionLink } from '../review/useSessionLink.js';
import { useApiResource } from '../session/useApiResource.js';
import { useSessionList } from '../session/useSessionList.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { SessionFilters } from './SessionFilters.js';
import { SessionReview } from './SessionReview.js';
import { SessionTable } from './SessionTable.js';
import { applySessionFilter, noFilter, type SessionFilter } from './sessionFilters.js';

/** The assessor's desk: find a session, replay it, check the evidence behind each score. */
export function AssessorDesk() {
  const { t } = useTranslation();
  const list = useSessionList();
  const [filter, setFilter] = useState<SessionFilter>(noFilter);
  // The open session is in the address: reload and a shared link reopen it.
  const { openId, open } = useSessionLink();
  const me = useApiResource('GET /api/auth/me');
  const userId = me.result?.ok ? (me.result.data?.id ?? null) : null;
  const shown = applySessionFilter(list.sessions, filter);

  return (
    <div className="assessor-desk">
      <h1 className="page-title">{t('desk.title')}</h1>
      <ReviewQueuePanel userId={userId} openId={openId} onOpen={open} />
      <Panel title={t('desk.sessions')} className="desk-list">
        <SessionFilters sessions={list.sessions} filter={filter} onChange={setFilter} />
        <ErrorNote error={list.error} />
        {list.loading ? <p className="muted">{t('app.loading')}</p> : <SessionTable sessions={shown} openId={openId} onOpen={open} />}
      </Panel>
      <ExportLinks />
      <CompetencyPanel onOpen={open} />
      {openId && <SessionReview key={openId} sessionId={openId} onClose={() => open(null)} />}
    </div>
  );
}
