import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import type { XapiAdminView, XapiSendEntry } from '../../../protocol/xapi.js';
import { formatCount, formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { DataTable, type DataColumn } from '../ui/DataTable.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { xapiApi } from './xapiApi.js';

/**
 * The admin page's xAPI section: where the lab sends its statements (the LRS's address, key and
 * secret, the secret never shown back), what waits, and every attempt, with a resend for the failed.
 */
export function XapiSendLog() {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [view, setView] = useState<XapiAdminView | null>(null);
  const [error, setError] = useState<LabError | null>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ endpoint: '', key: '', secret: '', homePage: '' });

  const take = useCallback((answer: Awaited<ReturnType<typeof xapiApi.view>>, fillForm: boolean) => {
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setView(answer.data);
    const settings = answer.data.settings;
    if (fillForm && settings) setForm({ endpoint: settings.endpoint, key: settings.key, secret: '', homePage: settings.homePage });
  }, []);

  useEffect(() => {
    void xapiApi.view().then((answer) => take(answer, true));
  }, [take]);

  const run = async (work: () => ReturnType<typeof xapiApi.view>, fillForm = false) => {
    setBusy(true);
    take(await work(), fillForm);
    setBusy(false);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => xapiApi.saveSettings(form), true);
  };

  const columns: DataColumn<XapiSendEntry>[] = [
    { key: 'at', header: t('xapi.log.at'), cell: (row) => formatDateTime(row.at, language), rowHeader: true },
    { key: 'session', header: t('xapi.log.session'), cell: (row) => row.sessionId },
    {
      key: 'outcome',
      header: t('xapi.log.outcome'),
      cell: (row) => (row.outcome === 'sent' ? t('xapi.log.sent') : t('xapi.log.failed', { status: row.status ?? '—' })),
    },
    {
      key: 'message',
      header: t('xapi.log.message'),
      // A correction after a review says so first: which statements it voided is in the log itself.
      cell: (row) => (row.voided?.length ? `${t('reviewMore.xapiCorrection', { count: row.voided.length })} ${row.message}` : row.message),
    },
    {
      key: 'next',
      header: t('xapi.log.next'),
      cell: (row) =>
        row.outcome === 'sent' ? null : row.retryAt !== null ? (
          t('xapi.log.retryAt', { at: formatDateTime(row.retryAt, language) })
        ) : (
          <button type="button" disabled={busy} onClick={() => void run(() => xapiApi.resend(row.sessionId))}>
            {t('xapi.resendOne')}
          </button>
        ),
    },
  ];
  const field = (name: keyof typeof form, type = 'text') => (
    <label>
      {t(`xapi.settings.${name}`)}
      <input
        type={type}
        value={form[name]}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        placeholder={name === 'secret' && view?.settings?.secretSet ? t('xapi.settings.secretKept') : undefined}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
      />
    </label>
  );

  return (
    <section aria-labelledby="xapi-title" className="xapi-send-log">
      <h3 id="xapi-title">{t('xapi.title')}</h3>
      <form onSubmit={save}>
        {field('endpoint', 'url')}
        {field('key')}
        {field('secret', 'password')}
        {field('homePage', 'url')}
        <p>{view?.settings?.secretSet ? t('xapi.settings.secretSet') : t('xapi.settings.secretNotSet')}</p>
        <button type="submit" disabled={busy}>
          {t('xapi.settings.save')}
        </button>
      </form>
      <ErrorNote error={error} />
      {view && (
        <>
          <p role="status">{t('xapi.waiting', { count: view.waiting, shown: formatCount(view.waiting, language) })}</p>
          <button type="button" disabled={busy} onClick={() => void run(() => xapiApi.view())}>
            {t('xapi.refresh')}
          </button>
          <button
            type="button"
            disabled={busy || view.waiting === 0 || !view.settings}
            onClick={() => void run(() => xapiApi.resend(null))}
          >
            {t('xapi.resendFailed')}
          </button>
          <DataTable
            columns={columns}
            rows={view.log}
            rowKey={(row) => `${row.sessionId}-${row.at}-${row.attempt}`}
            caption={t('xapi.log.caption')}
            empty={t('xapi.log.none')}
          />
        </>
      )}
    </section>
  );
}
