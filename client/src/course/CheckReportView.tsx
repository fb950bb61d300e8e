import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckReport, CheckSitting } from '../../../protocol/courseChecks.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { formatDateTime, formatIsoDate } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { CourseError } from './CourseError.js';
import { printSheet } from './printSheet.js';

/** A check's report: who sat, results per ability and knowledge code, the signatures; assessors sign here. */
export function CheckReportView({ checkId, canSign }: { checkId: string; canSign: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const { result, reload } = useApiResource('GET /api/course/checks/:id/report', { id: checkId });
  const sheet = useRef<HTMLDivElement>(null);
  if (result === null) return <p className="muted">{t('app.loading')}</p>;
  if (!result.ok) return <ErrorNote error={result.error} />;
  const report = result.data;
  return (
    <div ref={sheet} className="form-stack course-report">
      <h3 className="subhead">
        {t('course.checks.reportTitle', { unit: report.unit, name: report.className, at: formatDateTime(report.opensAt, language) })}
      </h3>
      <div>
        <button type="button" onClick={() => printSheet(sheet.current)}>
          {t('course.checks.printReport')}
        </button>
      </div>
      {report.sittings.map((sitting) => (
        <SittingRow key={sitting.traineeId} report={report} sitting={sitting} canSign={canSign} onSigned={reload} />
      ))}
    </div>
  );
}

function SittingRow({
  report,
  sitting,
  canSign,
  onSigned,
}: {
  report: CheckReport;
  sitting: CheckSitting;
  canSign: boolean;
  onSigned: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalized();
  const [passed, setPassed] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<LabError | null>(null);
  const current = sitting.signOffs.filter((signOff) => !signOff.superseded).at(-1);
  const evidence = [
    ...sitting.calls.flatMap((call) => (call.sessionId ? [`session:${call.sessionId}`] : [])),
    ...(sitting.finishedAt ? ['quiz'] : []),
  ];
  const sign = async () => {
    if (passed === null) return;
    const body = {
      traineeId: sitting.traineeId,
      passed,
      date: new Date().toLocaleDateString('en-CA'),
      note,
      evidence,
      ...(current ? { corrects: current.id } : {}),
    };
    const answer = await callApi('POST /api/course/checks/:id/signoff', { params: { id: report.id }, body });
    setError(answer.ok ? null : answer.error);
    if (answer.ok) onSigned();
  };
  const sat = sitting.startedAt !== null;
  return (
    <section className="course-sitting" aria-label={sitting.displayName}>
      <h4>{sitting.displayName}</h4>
      <p>
        {sat
          ? t('course.checks.sat', {
              start: formatDateTime(sitting.startedAt ?? 0, language),
              end: sitting.finishedAt ? formatDateTime(sitting.finishedAt, language) : '—',
            })
          : t('course.checks.notSat')}
      </p>
      {sat && (
        <dl className="course-results">
          <dt>{t('course.checks.callScores')}</dt>
          <dd>
            {sitting.calls
              .map((call) =>
                call.percent === null ? '—' : `${call.percent} % (${t(`reviewMore.source.${call.source ?? 'automatic'}Short`)})`,
              )
              .join(', ')}
          </dd>
          <dt>{t('course.checks.abilities')}</dt>
          <dd>
            {Object.entries(sitting.abilities)
              .map(([code, percent]) => `${code} ${percent} %`)
              .join(', ') || '—'}
          </dd>
          <dt>{t('course.checks.knowledge')}</dt>
          <dd>
            {Object.entries(sitting.knowledge)
              .map(([code, mark]) => `${code} ${mark.right}/${mark.asked}`)
              .join(', ')}
          </dd>
        </dl>
      )}
      {sitting.signOffs.map((signOff) => (
        <p key={signOff.id} className={signOff.superseded ? 'muted' : undefined}>
          {t(signOff.passed ? 'course.checks.signedPassed' : 'course.checks.signedFailed', {
            by: signOff.byName,
            date: formatIsoDate(signOff.date, language),
          })}
          {signOff.note ? ` — ${signOff.note}` : ''}
          {signOff.superseded ? ` (${t('course.checks.corrected')})` : ''}
        </p>
      ))}
      {canSign && sat && (
        <fieldset className="course-signoff">
          <legend>
            {current
              ? t('course.checks.correctSignOff', { name: sitting.displayName })
              : t('course.checks.signOff', { name: sitting.displayName })}
          </legend>
          <label className="course-check">
            <input type="radio" name={`outcome-${sitting.traineeId}`} checked={passed === true} onChange={() => setPassed(true)} />
            {t('course.checks.passed')}
          </label>
          <label className="course-check">
            <input type="radio" name={`outcome-${sitting.traineeId}`} checked={passed === false} onChange={() => setPassed(false)} />
            {t('course.checks.notPassed')}
          </label>
          <label>
            {t('course.register.note')}
            <input value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
          </label>
          <p className="hint">{t('course.checks.evidence', { list: evidence.join(', ') || '—' })}</p>
          <CourseError error={error} />
          <button type="button" disabled={passed === null} onClick={() => void sign()}>
            {t('course.checks.sign', { name: sitting.displayName })}
          </button>
        </fieldset>
      )}
    </section>
  );
}
