import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalibrationView } from '../../../protocol/calibration.js';
import type { Result } from '../../../protocol/result.js';
import type { ItemResult } from '../../../protocol/views.js';
import { callApi } from '../api/http.js';
import { CalibrationComparisonTable } from './CalibrationComparisonTable.js';
import { CalibrationForm } from './CalibrationForm.js';
import { ReviewErrorNote } from './ReviewErrorNote.js';

interface CalibrationPanelProps {
  sessionId: string;
  items: ItemResult[];
  /** An assessor on an ended session may give blind verdicts. */
  canCalibrate: boolean;
}

/** Blind calibration: each assessor's own verdicts, then (once two have given theirs) the agreement and the differences. */
export function CalibrationPanel({ sessionId, items, canCalibrate }: CalibrationPanelProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<Result<CalibrationView> | null>(null);
  useEffect(() => {
    let live = true;
    void callApi('GET /api/sessions/:id/calibration', { params: { id: sessionId } }).then((answer) => {
      if (live) setResult(answer);
    });
    return () => {
      live = false;
    };
  }, [sessionId]);
  const view = result?.ok ? result.data : null;
  return (
    <section className="calibration" aria-labelledby="calibration-title">
      <h3 id="calibration-title" className="subhead">
        {t('assessorReview.calibration.title')}
      </h3>
      {result && !result.ok && <ReviewErrorNote error={result.error} />}
      {view && (
        <>
          <p>
            {view.submittedBy.length === 0
              ? t('assessorReview.calibration.nobodyYet')
              : t('assessorReview.calibration.givenBy', { names: view.submittedBy.map((who) => who.name).join(', ') })}
          </p>
          {view.mine === null && canCalibrate && (
            <CalibrationForm
              items={items}
              onSave={async (body) => {
                const answer = await callApi('POST /api/sessions/:id/calibration', { params: { id: sessionId }, body });
                if (answer.ok) setResult(answer);
                return answer;
              }}
            />
          )}
          {view.mine !== null && view.comparison === null && <p className="hint">{t('assessorReview.calibration.waiting')}</p>}
          {view.comparison && <CalibrationComparisonTable comparison={view.comparison} />}
        </>
      )}
    </section>
  );
}
