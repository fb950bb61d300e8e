import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeCheck } from '../../../protocol/courseChecks.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { useSocket } from '../api/socketContext.js';
import { formatDateTime } from '../i18n/formatters.js';
import { useLocalized } from '../i18n/useLocalized.js';
import { useApiResource } from '../session/useApiResource.js';
import { ErrorNote } from '../ui/ErrorNote.js';
import { CourseError } from './CourseError.js';
import './course.css';

/**
 * A trainee's UF checks: start, take the check's calls as they ring, one after another in the check's order
 * (each like any call, in exam mode, once), hand in the quiz.
 */
export function TraineeChecks() {
  const { t } = useTranslation();
  const { result, reload } = useApiResource('GET /api/course/my-checks');
  const socket = useSocket();
  // The check's calls ring and end by themselves: the sitting is read again whenever the agent's state moves.
  useEffect(() => {
    socket.on('agent:status', reload);
    return () => {
      socket.off('agent:status', reload);
    };
  }, [socket, reload]);
  if (result === null) return <p className="muted">{t('app.loading')}</p>;
  if (!result.ok) return <ErrorNote error={result.error} />;
  if (result.data.length === 0) return <p className="muted">{t('course.checks.noneOpen')}</p>;
  return (
    <div className="form-stack">
      {result.data.map((check) => (
        <CheckSittingPanel key={check.id} check={check} onChanged={reload} />
      ))}
    </div>
  );
}

function CheckSittingPanel({ check, onChanged }: { check: TraineeCheck; onChanged: () => void }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const scenarios = useApiResource('GET /api/scenarios');
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState<LabError | null>(null);
  const { sitting } = check;
  const titleOf = (id: string) => (scenarios.result?.ok ? scenarios.result.data.find((scenario) => scenario.id === id) : undefined);

  const act = async (work: () => ReturnType<typeof callApi>) => {
    const answer = await work();
    const next = answer.ok ? undefined : answer.error.params?.next;
    const nextTitle = typeof next === 'string' ? titleOf(next) : undefined;
    // The server names the check's next call by id; it is said here by its title, in the interface's language.
    setError(
      answer.ok ? null : nextTitle ? { ...answer.error, params: { ...answer.error.params, next: pick(nextTitle.title) } } : answer.error,
    );
    onChanged();
  };
  const inProgress = sitting.startedAt !== null && sitting.finishedAt === null;

  return (
    <section className="course-check" aria-labelledby={`check-${check.id}`}>
      <h3 id={`check-${check.id}`} className="subhead">
        {t('course.checks.heading', { unit: check.unit, until: formatDateTime(check.closesAt, language) })}
      </h3>
      <p className="hint">{t('course.checks.examRules')}</p>
      <CourseError error={error} />
      {sitting.startedAt === null && (
        <button type="button" onClick={() => void act(() => callApi('POST /api/course/checks/:id/start', { params: { id: check.id } }))}>
          {t('course.checks.start')}
        </button>
      )}
      {sitting.finishedAt !== null && (
        <p role="status">{t('course.checks.handedIn', { at: formatDateTime(sitting.finishedAt, language) })}</p>
      )}
      {inProgress && (
        <>
          <h4>{t('course.checks.calls')}</h4>
          <p className="hint">{t('coursemore.checks.inOrder')}</p>
          <ol className="course-plain-list">
            {sitting.calls.map((call, index) => {
              const title = titleOf(call.scenarioId);
              const name = title ? pick(title.title) : call.scenarioId;
              const isNext = call.sessionId === null && sitting.calls.findIndex((candidate) => candidate.sessionId === null) === index;
              const previousEnded = index === 0 || sitting.calls[index - 1]?.ended === true;
              return (
                <li key={call.scenarioId}>
                  {index + 1}.{' '}
                  {call.sessionId ? (
                    <span>{t(call.ended ? 'course.checks.callDone' : 'course.checks.callOn', { name })}</span>
                  ) : isNext && previousEnded ? (
                    // It rings by itself when the call before ends; this asks again (after a restart, or another call).
                    <button
                      type="button"
                      onClick={() =>
                        void act(() =>
                          callApi('POST /api/course/checks/:id/call', { params: { id: check.id }, body: { scenarioId: call.scenarioId } }),
                        )
                      }
                    >
                      {t('coursemore.checks.ringNext', { name })}
                    </button>
                  ) : (
                    <span>{t(isNext ? 'coursemore.checks.next' : 'coursemore.checks.later', { name })}</span>
                  )}
                </li>
              );
            })}
          </ol>
          <form
            className="form-stack"
            aria-label={t('course.checks.quiz')}
            onSubmit={(event) => {
              event.preventDefault();
              void act(() => callApi('POST /api/course/checks/:id/quiz', { params: { id: check.id }, body: { answers } }));
            }}
          >
            <h4>{t('course.checks.quiz')}</h4>
            {check.questions.map((question, index) => (
              <fieldset key={question.id} className="course-question">
                <legend>
                  {index + 1}. {question.text}
                </legend>
                {question.options.map((option, choice) => (
                  <label key={option} className="course-check">
                    <input
                      type="radio"
                      name={question.id}
                      checked={answers[question.id] === choice}
                      onChange={() => setAnswers((previous) => ({ ...previous, [question.id]: choice }))}
                    />
                    {option}
                  </label>
                ))}
              </fieldset>
            ))}
            <p className="hint">{t('course.checks.answered', { n: Object.keys(answers).length, total: check.questions.length })}</p>
            <div>
              <button type="submit">{t('course.checks.handIn')}</button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
