import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabStatus } from '../../../protocol/http.js';
import type { SessionSummary } from '../../../protocol/views.js';
import { formatBytes, formatCount, formatDateTime, formatUptime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { Panel } from '../ui/Panel.js';
import { XapiSendLog } from './XapiSendLog.js';

/** Often enough to follow a class's calls starting and ending, rarely enough to cost the server nothing. */
const refreshMs = 15_000;

/** The administrator's view of the running lab: what to check before a class and when something seems wrong. */
export function LabStatusPage() {
  const { t } = useTranslation();
  const { result, reload } = useApiResource('GET /api/admin/status');

  useEffect(() => {
    const timer = setInterval(reload, refreshMs);
    return () => clearInterval(timer);
  }, [reload]);

  return (
    <Panel
      title={t('labStatus.title')}
      className="lab-status"
      tools={
        <button type="button" onClick={reload}>
          {t('labStatus.refresh')}
        </button>
      }
    >
      {result === null && (
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {result && !result.ok && <ErrorNote error={result.error} />}
      {result?.ok && <LabFacts status={result.data} />}
      <XapiSendLog />
    </Panel>
  );
}

function LabFacts({ status }: { status: LabStatus }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const disk = status.disk;
  const columns: DataColumn<SessionSummary>[] = [
    { key: 'trainee', header: t('labStatus.damaged.trainee'), cell: (row) => row.traineeName, rowHeader: true },
    { key: 'scenario', header: t('labStatus.damaged.scenario'), cell: (row) => pick(row.scenarioTitle) },
    { key: 'launched', header: t('labStatus.damaged.launchedAt'), cell: (row) => formatDateTime(row.launchedAt, language) },
  ];
  return (
    <>
      <dl className="lab-status__facts">
        <dt>{t('labStatus.version')}</dt>
        <dd>{status.version}</dd>
        <dt>{t('labStatus.uptime')}</dt>
        <dd>{formatUptime(status.uptimeMs, language)}</dd>
        <dt>{t('labStatus.liveCalls')}</dt>
        <dd>{formatCount(status.liveCalls, language)}</dd>
        <dt>{t('labStatus.connectedUsers')}</dt>
        <dd>{formatCount(status.connectedUsers, language)}</dd>
        <dt>{t('labStatus.disk')}</dt>
        <dd>
          {disk
            ? t('labStatus.diskFree', { free: formatBytes(disk.freeBytes, language), total: formatBytes(disk.totalBytes, language) })
            : t('labStatus.diskUnknown')}
        </dd>
      </dl>
      {disk && disk.freeBytes < disk.lowBelowBytes && (
        <p className="error-note" role="alert">
          {t('labStatus.diskLow', { minimum: formatBytes(disk.lowBelowBytes, language) })}
        </p>
      )}
      <h3>{t('labStatus.damaged.title')}</h3>
      <DataTable
        columns={columns}
        rows={status.damagedSessions}
        rowKey={(row) => row.id}
        caption={t('labStatus.damaged.title')}
        empty={t('labStatus.damaged.none')}
      />
      {status.unlistedDamagedLogs > 0 && <p>{t('labStatus.damaged.unlisted', { count: status.unlistedDamagedLogs })}</p>}
    </>
  );
}
