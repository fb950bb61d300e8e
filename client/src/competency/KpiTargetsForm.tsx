import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiTargets } from '../../../protocol/kpiTargets.js';
import type { LabError, Result } from '../../../protocol/result.js';
import { ErrorNote } from '../ui/ErrorNote.js';

const secondFields = ['answerWithinMs', 'handleWithinMs', 'holdWithinMs', 'afterCallWithinMs'] as const;
const defaults: KpiTargets = {
  answerWithinMs: 20_000,
  handleWithinMs: 360_000,
  holdWithinMs: 60_000,
  afterCallWithinMs: 60_000,
  firstContactPercent: 70,
};

/** The instructor's targets for the class: durations in seconds on screen, milliseconds on the wire. */
export function KpiTargetsForm({
  current,
  onSave,
}: {
  current: KpiTargets | null;
  onSave: (targets: KpiTargets) => Promise<Result<unknown>>;
}) {
  const { t } = useTranslation();
  const start = current ?? defaults;
  const [seconds, setSeconds] = useState(() => Object.fromEntries(secondFields.map((field) => [field, String(start[field] / 1000)])));
  const [percent, setPercent] = useState(String(start.firstContactPercent));
  const [error, setError] = useState<LabError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const targets = {
      ...Object.fromEntries(secondFields.map((field) => [field, Math.round(Number(seconds[field]) * 1000)])),
      firstContactPercent: Number(percent),
    } as KpiTargets;
    const answer = await onSave(targets);
    setError(answer.ok ? null : answer.error);
    setSaved(answer.ok);
  };

  return (
    <form className="kpi-targets" onSubmit={submit}>
      <fieldset>
        <legend>{t('competency.kpi.targetsTitle')}</legend>
        {secondFields.map((field) => (
          <label key={field}>
            {t(`competency.kpi.target.${field}`)}
            <input
              type="number"
              min={0}
              max={3600}
              step={1}
              value={seconds[field]}
              onChange={(event) => setSeconds({ ...seconds, [field]: event.target.value })}
            />
          </label>
        ))}
        <label>
          {t('competency.kpi.target.firstContactPercent')}
          <input type="number" min={0} max={100} value={percent} onChange={(event) => setPercent(event.target.value)} />
        </label>
        <button type="submit">{t('competency.kpi.save')}</button>
        {saved && <span role="status">{t('competency.kpi.saved')}</span>}
      </fieldset>
      <ErrorNote error={error} />
    </form>
  );
}
