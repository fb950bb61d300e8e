import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckSchedule as Schedule } from '../../../protocol/courseChecks.js';
import type { LabError } from '../../../protocol/result.js';
import { unitCodes, type UnitCode } from '../../../protocol/standard.js';
import { callApi } from '../api/http.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { CourseError } from './CourseError.js';

/** "2026-12-14T09:00" in the browser's time, as the datetime-local control gives and takes it. */
const localInput = (at: number) => {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
};

/** An instructor schedules a UF check: the unit, its calls (in exam mode), the window and the quiz's length. */
export function CheckSchedule({ classId, onScheduled }: { classId: string; onScheduled: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const scenarios = useApiResource('GET /api/scenarios');
  const [unit, setUnit] = useState<UnitCode>('UF1');
  const [scenarioIds, setScenarioIds] = useState<string[]>([]);
  const [opensAt, setOpensAt] = useState(() => localInput(Date.now()));
  const [closesAt, setClosesAt] = useState(() => localInput(Date.now() + 2 * 3_600_000));
  const [questionsPerCode, setQuestionsPerCode] = useState(1);
  const [error, setError] = useState<LabError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: Schedule = {
      classId,
      unit,
      scenarioIds,
      opensAt: new Date(opensAt).getTime(),
      closesAt: new Date(closesAt).getTime(),
      questionsPerCode,
    };
    if (scenarioIds.length === 0) return setError({ code: 'BAD_REQUEST', message: t('course.checks.pickCalls') });
    const result = await callApi('POST /api/course/checks', { body });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setScenarioIds([]);
      onScheduled();
    }
  };

  return (
    <form onSubmit={submit} className="form-stack" aria-label={t('course.checks.schedule')}>
      <div className="form-row">
        <label>
          {t('course.checks.unit')}
          <select value={unit} onChange={(event) => setUnit(event.target.value as UnitCode)}>
            {unitCodes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('course.checks.opensAt')}
          <input type="datetime-local" required value={opensAt} onChange={(event) => setOpensAt(event.target.value)} />
        </label>
        <label>
          {t('course.checks.closesAt')}
          <input type="datetime-local" required value={closesAt} onChange={(event) => setClosesAt(event.target.value)} />
        </label>
        <label>
          {t('course.checks.questionsPerCode')}
          <input
            type="number"
            min={1}
            max={3}
            value={questionsPerCode}
            onChange={(event) => setQuestionsPerCode(Number(event.target.value))}
          />
        </label>
      </div>
      <fieldset className="course-staff">
        <legend>{t('course.checks.calls')}</legend>
        {scenarios.result?.ok &&
          scenarios.result.data.map((scenario) => (
            <label key={scenario.id} className="course-check">
              <input
                type="checkbox"
                checked={scenarioIds.includes(scenario.id)}
                onChange={(event) =>
                  setScenarioIds((previous) =>
                    event.target.checked ? [...previous, scenario.id] : previous.filter((id) => id !== scenario.id),
                  )
                }
              />
              {pick(scenario.title)}
            </label>
          ))}
      </fieldset>
      {scenarioIds.length > 0 && scenarios.result?.ok && (
        // The calls ring to each trainee in the order they were ticked: said here, before scheduling.
        <p className="hint" aria-live="polite">
          {t('coursemore.schedule.order', {
            list: scenarioIds
              .map((id, index) => {
                const scenario = scenarios.result?.ok ? scenarios.result.data.find((candidate) => candidate.id === id) : undefined;
                return `${index + 1}. ${scenario ? pick(scenario.title) : id}`;
              })
              .join('; '),
          })}
        </p>
      )}
      <CourseError error={error} />
      <div>
        <button type="submit">{t('course.checks.schedule')}</button>
      </div>
    </form>
  );
}
