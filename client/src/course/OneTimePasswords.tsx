import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OneTimePassword } from '../../../protocol/courseAccounts.js';
import { DataTable } from '../ui/DataTable.js';
import { Panel } from '../ui/Panel.js';
import { printSheet } from './printSheet.js';

/**
 * The one-time passwords just made: shown once, to print and hand over (the server keeps only their
 * hashes); each user chooses their own at the first login.
 */
export function OneTimePasswords({ passwords, onDone }: { passwords: readonly OneTimePassword[]; onDone: () => void }) {
  const { t } = useTranslation();
  const sheet = useRef<HTMLDivElement>(null);
  return (
    <div ref={sheet}>
      <Panel
        title={t('course.passwords.title')}
        className="course-passwords"
        tools={
          <>
            <button type="button" onClick={() => printSheet(sheet.current)}>
              {t('course.print')}
            </button>
            <button type="button" onClick={onDone}>
              {t('course.passwords.done')}
            </button>
          </>
        }
      >
        <p className="notice">{t('course.passwords.once')}</p>
        <DataTable
          columns={[
            { key: 'name', header: t('course.trainee.name'), cell: (row) => row.displayName, rowHeader: true },
            { key: 'username', header: t('course.trainee.username'), cell: (row) => <span className="code">{row.username}</span> },
            { key: 'password', header: t('course.passwords.password'), cell: (row) => <span className="code">{row.password}</span> },
          ]}
          rows={passwords}
          rowKey={(row) => row.userId}
          caption={t('course.passwords.title')}
          empty=""
        />
      </Panel>
    </div>
  );
}
