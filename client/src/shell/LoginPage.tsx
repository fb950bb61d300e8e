import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabError } from '../../../protocol/result.js';
import { callApi } from '../api/http.js';
import { ErrorNote } from '../ui/ErrorNote.js';

interface LoginPageProps {
  onLogin: (username: string, password: string) => Promise<LabError | null>;
  expired: boolean;
}

export function LoginPage({ onLogin, expired }: LoginPageProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<LabError | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const [demo, setDemo] = useState(false);

  // Demo mode's accounts have passwords everyone knows: whoever logs in should know it too.
  useEffect(() => {
    let current = true;
    void callApi('GET /api/auth/mode').then((result) => current && setDemo(result.ok && result.data.demo));
    return () => void (current = false);
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const failure = await onLogin(username.trim(), password);
    setBusy(false);
    if (failure) {
      // Wrong credentials get a plain sentence; other failures keep the server's detail.
      setError(failure.code === 'UNAUTHENTICATED' ? { ...failure, message: t('login.wrongCredentials') } : failure);
    }
  };

  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p className="muted">{t('login.intro')}</p>
      {demo && <p className="notice">{t('login.demo')}</p>}
      {expired && (
        <p className="notice" role="status">
          {t('login.expired')}
        </p>
      )}
      <form onSubmit={submit} className="form-stack" noValidate={false}>
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </label>
        <ErrorNote error={error} id={errorId} plain={error?.code === 'UNAUTHENTICATED'} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
