import { useTranslation } from 'react-i18next';
import type { PublicUser } from '../../../protocol/roles.js';
import { useLinkState } from '../api/socketContext.js';
import { LanguageSwitch } from './LanguageSwitch.js';

interface AppHeaderProps {
  user: PublicUser | null;
  onLogout: () => void;
  /** Absent where a password change is not offered (it is already on screen). */
  onChangePassword?: () => void;
  showLink: boolean;
}

export function AppHeader({ user, onLogout, onChangePassword, showLink }: AppHeaderProps) {
  const { t } = useTranslation();
  const link = useLinkState();
  const linkShown = showLink ? link : null;
  return (
    <div className="app-header__bar">
      <p className="app-header__brand">
        {t('app.name')} <span className="app-header__tagline">{t('app.tagline')}</span>
      </p>
      <div className="app-header__tools">
        {linkShown && (
          <span className={`link-state link-state--${linkShown}`} role="status">
            {t(`link.${linkShown}`)}
          </span>
        )}
        {user && (
          <p className="app-header__user">
            <span className="app-header__name">{user.displayName}</span> <span className="role-tag">{t(`roles.${user.role}`)}</span>
          </p>
        )}
        <LanguageSwitch />
        {user && onChangePassword && (
          <button type="button" className="ghost" onClick={onChangePassword}>
            {t('app.changePassword')}
          </button>
        )}
        {user && (
          <button type="button" className="ghost" onClick={onLogout}>
            {t('app.logout')}
          </button>
        )}
      </div>
    </div>
  );
}
