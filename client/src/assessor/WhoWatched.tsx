import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../protocol/audit.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';

/** Who was inside the call besides its trainee (monitored, mirrored, whispered, paused, resumed, ended), and when. */
export function WhoWatched({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const audit = useApiResource('GET /api/sessions/:id/audit', { id: sessionId });
  const columns: DataColumn<AuditEntry>[] = [
    { key: 'at', header: t('audit.at'), cell: (entry) => formatDateTime(entry.at, language) },
    { key: 'who', header: t('audit.who'), rowHeader: true, cell: (entry) => entry.userName ?? t('audit.unknown') },
    { key: 'act', header: t('audit.act'), cell: (entry) => t(`audit.acts.${entry.act}`) },
  ];
  return (
    <section aria-labelledby={`who-watched-${sessionId}`}>
      <h3 id={`who-watched-${sessionId}`} className="subhead">
        {t('audit.title')}
      </h3>
      {audit.result === null && <p className="muted">{t('app.loading')}</p>}
      {audit.result && !audit.result.ok && <ErrorNote error={audit.result.error} />}
      {audit.result?.ok && (
        <DataTable
          columns={columns}
          rows={audit.result.data}
          rowKey={(entry) => `${entry.at}-${entry.act}-${entry.userId ?? ''}`}
          caption={t('audit.caption')}
          empty={t('audit.none')}
        />
      )}
    </section>
  );
}
