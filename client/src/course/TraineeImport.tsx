import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome, ImportRow, OneTimePassword } from '../../../protocol/courseAccounts.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { DataTable } from '../ui/DataTable.js';
import { CourseError } from './CourseError.js';

/**
 * A CSV of trainees (name, surname, tax code, e-mail, class): first a preview with every row's
 * problems, then, only when no row has one, the import of them all.
 */
export function TraineeImport({ onImported }: { onImported: (passwords: OneTimePassword[]) => void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [preview, setPreview] = useState<ImportOutcome | null>(null);
  const [error, setError] = useState<LabError | null>(null);
  const textId = useId();

  const send = async (commit: boolean) => {
    const result = await callApi('POST /api/course/trainees/import', { body: { csv, commit } });
    setError(result.ok ? null : result.error);
    setPreview(result.ok ? result.data : null);
    if (result.ok && result.data.saved) {
      onImported(result.data.passwords);
      setCsv('');
      setPreview(null);
    }
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
  };
  const problems = (row: ImportRow) =>
    row.errors.length === 0 ? (
      <span className="badge badge--ok">{t('course.import.rowOk')}</span>
    ) : (
      <ul className="course-problems">
        {row.errors.map((problem) => (
          <li key={`${problem.problem}-${problem.field ?? ''}`}>
            {t(`course.problem.${problem.problem}`, {
              field: problem.field ? t(`course.field.${problem.field}`) : '',
              line: problem.line ?? '',
            })}
          </li>
        ))}
      </ul>
    );
  const wrong = preview?.rows.filter((row) => row.errors.length > 0).length ?? 0;

  return (
    <div className="form-stack course-import">
      <p className="hint">{t('course.import.format')}</p>
      <label>
        {t('course.import.file')}
        <input type="file" accept=".csv,text/csv" onChange={(event) => void choose(event.target.files?.[0])} />
      </label>
      <label htmlFor={textId}>{t('course.import.paste')}</label>
      <textarea
        id={textId}
        rows={5}
        value={csv}
        onChange={(event) => {
          setCsv(event.target.value);
          setPreview(null);
        }}
      />
      <div className="inline-form">
        <button type="button" disabled={csv.trim() === ''} onClick={() => void send(false)}>
          {t('course.import.preview')}
        </button>
        {preview && wrong === 0 && (
          <button type="button" onClick={() => void send(true)}>
            {t('course.import.commit', { count: preview.rows.length })}
          </button>
        )}
      </div>
      <CourseError error={error} />
      {preview && (
        <>
          <p role="status" className={wrong > 0 ? 'notice' : undefined}>
            {wrong > 0 ? t('course.import.rowsWrong', { count: wrong }) : t('course.import.allGood', { count: preview.rows.length })}
          </p>
          <DataTable
            columns={[
              { key: 'line', header: t('course.import.line'), cell: (row) => row.line },
              {
                key: 'name',
                header: t('course.trainee.name'),
                cell: (row) => `${row.trainee.firstName} ${row.trainee.surname}`,
                rowHeader: true,
              },
              { key: 'taxCode', header: t('course.field.taxCode'), cell: (row) => <span className="code">{row.trainee.taxCode}</span> },
              { key: 'email', header: t('course.field.email'), cell: (row) => row.trainee.email },
              { key: 'class', header: t('course.field.classId'), cell: (row) => row.trainee.classId },
              { key: 'username', header: t('course.trainee.username'), cell: (row) => <span className="code">{row.username}</span> },
              { key: 'problems', header: t('course.import.problems'), cell: problems },
            ]}
            rows={preview.rows}
            rowKey={(row) => String(row.line)}
            caption={t('course.import.previewCaption')}
            empty=""
            className="course-preview"
          />
        </>
      )}
    </div>
  );
}
