import { createPortal } from 'react-dom';
import type { PublicUser } from '../../../protocol/roles.js';
import { SocketProvider } from '../api/SocketProvider.js';
import { AppHeader } from './AppHeader.js';
import { RoleHome } from './RoleHome.js';

interface SignedInAreaProps {
  user: PublicUser;
  headerSlot: HTMLElement;
  onLogout: () => void;
  onChangePassword: () => void;
  onRejected: () => void;
}

/** Everything behind the login, in its own chunk: the login page loads without socket.io. */
export function SignedInArea({ user, headerSlot, onLogout, onChangePassword, onRejected }: SignedInAreaProps) {
  return (
    <SocketProvider onRejected={onRejected}>
      {createPortal(<AppHeader user={user} onLogout={onLogout} onChangePassword={onChangePassword} showLink />, headerSlot)}
      <RoleHome user={user} />
    </SocketProvider>
  );
}
