import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader.js';
import { LoginPage } from './LoginPage.js';
import { PasswordChangePage } from './PasswordChangePage.js';
import { useAuth } from './useAuth.js';

const SignedInArea = lazy(() => import('./SignedInArea.js').then((module) => ({ default: module.SignedInArea })));

/** The header lives in the page's banner landmark; everything else renders inside <main>. */
export function App({ headerSlot }: { headerSlot: HTMLElement }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const { state } = auth;
  const [changingPassword, setChangingPassword] = useState(false);
  const logout = () => {
    setChangingPassword(false);
    void auth.logout();
  };
  const loading = (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
  const plainHeader = createPortal(
    <AppHeader user={state.kind === 'signedIn' ? state.user : null} onLogout={logout} showLink={false} />,
    headerSlot,
  );

  // A required change comes before the console; a chosen one replaces it (its socket closes and reopens with the new login).
  if (state.kind === 'signedIn' && (state.user.mustChangePassword || changingPassword)) {
    return (
      <>
        {plainHeader}
        <PasswordChangePage
          user={state.user}
          onChanged={(user) => {
            setChangingPassword(false);
            auth.passwordChanged(user);
          }}
          onCancel={state.user.mustChangePassword ? undefined : () => setChangingPassword(false)}
        />
      </>
    );
  }
  if (state.kind === 'signedIn') {
    return (
      // The boundary sits above the socket on purpose: the connection opens only once the role's
      // screen has loaded and subscribed, so pushes sent on connect (agent status, a ringing call) are not missed.
      <Suspense
        fallback={
          <>
            {plainHeader}
            {loading}
          </>
        }
      >
        <SignedInArea
          key={state.user.id}
          user={state.user}
          headerSlot={headerSlot}
          onLogout={logout}
          onChangePassword={() => setChangingPassword(true)}
          onRejected={auth.recheck}
        />
      </Suspense>
    );
  }
  return (
    <>
      {plainHeader}
      {state.kind === 'checking' ? loading : <LoginPage onLogin={auth.login} expired={state.notice === 'expired'} />}
    </>
  );
}
