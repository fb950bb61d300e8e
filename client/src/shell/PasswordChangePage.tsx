import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordMinLength, passwordProblems, type PasswordProblem } from '../../../protocol/passwordRules.js';
import type { PublicUser } from '../../../protocol/roles.js';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { ErrorNote } from '../ui/ErrorNote.js';

interface PasswordChangePageProps {
  user: PublicUser;
  onChanged: (user: PublicUser) => void;
  /** Absent when the change is required (a password given at setup): there is no way around it. */
  onCancel?: () => void;
}

/** The server words a refused password as `password:<problem>`; the console says it in the user's language. */
const problemOf = (error: LabError): PasswordProblem | null => {
  const problem = error.code === 'BAD_REQUEST' ? error.message.replace(/^password:/, '') : '';
  return (passwordProblems as readonly string[]).includes(problem) ? (problem as PasswordProblem) : null;
};

export function PasswordChangePage({ user, onChanged, onCancel }: PasswordChangePageProps) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<LabError | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const ruleId = useId();

  const say = (message: string) => setError({ code: 'BAD_REQUEST', message });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeated) return say(t('password.mismatch'));
    setBusy(true);
    setError(null);
    const result = await callApi('POST /api/auth/password', { body: { currentPassword: current, newPassword: next } });
    setBusy(false);
    if (result.ok) return onChanged(result.data);
    const problem = problemOf(result.error);
    if (problem) return say(t(`password.problem.${problem}`, { min: passwordMinLength }));
    setError(result.error.code === 'FORBIDDEN' ? { ...result.error, message: t('password.wrongCurrent') } : result.error);
  };
  const plain = error?.code === 'BAD_REQUEST' || error?.code === 'FORBIDDEN';
  const described = [ruleId, error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <section className="login" aria-labelledby="password-title">
      <h1 id="password-title">{t('password.title')}</h1>
      {user.mustChangePassword && (
        <p className="notice" role="status">
          {t('password.required')}
        </p>
      )}
      <p className="muted" id={ruleId}>
        {t('password.rules', { min: passwordMinLength })}
      </p>
      <form onSubmit={submit} className="form-stack">
        <label>
          {t('password.current')}
          <input
            name="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
        <label>
          {t('password.new')}
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={passwordMinLength}
            value={next}
            onChange={(event) => setNext(event.target.value)}
            aria-describedby={described}
          />
        </label>
        <label>
          {t('password.repeat')}
          <input
            name="repeat-password"
            type="password"
            autoComplete="new-password"
            required
            value={repeated}
            onChange={(event) => setRepeated(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        <ErrorNote error={error} id={errorId} plain={plain} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('password.saving') : t('password.submit')}
        </button>
        {onCancel && (
          <button type="button" className="ghost" onClick={onCancel}>
            {t('password.cancel')}
          </button>
        )}
      </form>
    </section>
  );
}
