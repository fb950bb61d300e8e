import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { CheckReportView } from './CheckReportView.js';
import { CheckSchedule } from './CheckSchedule.js';

/** A class's UF checks: scheduled by who runs it, reported to them and to assessors, who sign them off. */
export function ClassChecks({ classId, canSchedule, canSign }: { classId: string; canSchedule: boolean; canSign: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { result, reload } = useApiResource('GET /api/course/classes/:id/checks', { id: classId });
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="form-stack">
      {canSchedule && (
        <details className="course-section">
          <summary>{t('course.checks.schedule')}</summary>
          <CheckSchedule classId={classId} onScheduled={reload} />
        </details>
      )}
      {result && !result.ok && <ErrorNote error={result.error} />}
      {result?.ok && result.data.length === 0 && <p className="muted">{t('course.checks.none')}</p>}
      {result?.ok && (
        <ul className="course-plain-list">
          {result.data.map((check) => (
            <li key={check.id}>
              <button type="button" aria-pressed={open === check.id} onClick={() => setOpen(open === check.id ? null : check.id)}>
                {t('course.checks.open', {
                  unit: check.unit,
                  from: formatDateTime(check.opensAt, language),
                  to: formatDateTime(check.closesAt, language),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {open && <CheckReportView key={open} checkId={open} canSign={canSign} />}
    </div>
  );
}
